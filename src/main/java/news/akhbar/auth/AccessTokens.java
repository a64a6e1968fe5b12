package news.akhbar.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.jwt.JsonWebToken;

import news.akhbar.account.StaffAccount;
import news.akhbar.common.AkhbarConfig;

/** Issues and verifies the short-lived RS256 access tokens. */
@ApplicationScoped
class AccessTokens {

    @Inject
    AkhbarConfig config;

    @Inject
    JwtKeys keys;

    private volatile DefaultJWTParser parser;

    TokenRequests.AccessToken issue(StaffAccount account) {
        Instant now = Instant.now();
        Instant expires = now.plus(config.jwt().lifetime());
        String token = Jwt.issuer(config.jwt().issuer())
                .subject(String.valueOf(account.id))
                .groups(Set.of(account.role.name()))
                .issuedAt(now)
                .expiresAt(expires)
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new TokenRequests.AccessToken(
                token,
                "Bearer",
                config.jwt().lifetime().toSeconds(),
                OffsetDateTime.ofInstant(expires, ZoneOffset.UTC),
                account.role);
    }

    /** The verified token: signature, issuer and expiry checked. */
    JsonWebToken verify(String token) throws ParseException {
        return parser().parse(token);
    }

    private DefaultJWTParser parser() {
        if (parser == null) {
            JWTAuthContextInfo info =
                    new JWTAuthContextInfo(keys.publicKey(), config.jwt().issuer());
            info.setExpGracePeriodSecs(0);
            parser = new DefaultJWTParser(info);
        }
        return parser;
    }
}
