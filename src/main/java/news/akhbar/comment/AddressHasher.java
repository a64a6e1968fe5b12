package news.akhbar.comment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import news.akhbar.common.DataDirectory;

/**
 * Client addresses are kept only as salted SHA-256 hashes, enough to count posts per address. The salt comes from
 * configuration or is generated once into the data directory; instances sharing a database must share it.
 */
@Startup
@ApplicationScoped
class AddressHasher {

    @Inject
    CommentConfig config;

    @Inject
    DataDirectory data;

    private byte[] salt;

    @PostConstruct
    void load() {
        salt = config.addressSalt().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(this::stored);
    }

    String hash(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] stored() {
        Path file = data.resolve("comment-address-salt");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
