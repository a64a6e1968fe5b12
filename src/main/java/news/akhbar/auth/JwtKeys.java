package news.akhbar.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;
import org.jboss.logging.Logger;

import news.akhbar.common.DataDirectory;

/**
 * The RS256 key pair that signs access tokens: from configured PEM files, or generated at the first start and kept
 * in {@code <data-dir>/jwt/} (readable by the owner only). Never logged, never committed.
 */
// Loaded at start: a missing or broken key file must stop the start, not the first login.
@Startup
@ApplicationScoped
class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    @Inject
    JwtConfig jwt;

    @Inject
    DataDirectory data;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        try {
            if (jwt.privateKeyLocation().isPresent() != jwt.publicKeyLocation().isPresent()) {
                throw new IllegalStateException(
                        "Set both akhbar.jwt.private-key-location and akhbar.jwt.public-key-location, or neither");
            }
            Path privatePem;
            Path publicPem;
            if (jwt.privateKeyLocation().isPresent()) {
                privatePem = Path.of(jwt.privateKeyLocation().get());
                publicPem = Path.of(jwt.publicKeyLocation().get());
            } else {
                Path dir = data.resolve("jwt");
                privatePem = dir.resolve("private-key.pem");
                publicPem = dir.resolve("public-key.pem");
                if (!Files.exists(privatePem)) {
                    generate(dir, privatePem, publicPem);
                }
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWT signing keys", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT signing keys are not a PEM RSA key pair", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    private static void generate(Path dir, Path privatePem, Path publicPem)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(dir);
        write(privatePem, "PRIVATE KEY", pair.getPrivate().getEncoded());
        write(publicPem, "PUBLIC KEY", pair.getPublic().getEncoded());
        LOG.infof("Generated a JWT signing key pair in %s; instances that share a database must share it", dir);
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }

    private static byte[] der(Path pem) throws IOException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
