package news.akhbar.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.jwt.JsonWebToken;

import news.akhbar.account.StaffMember;

/** Issues and verifies the short-lived RS256 access tokens. */
@ApplicationScoped
class AccessTokens {

    @Inject
    JwtConfig jwt;

    @Inject
    JwtKeys keys;

    private volatile DefaultJWTParser parser;

    TokenRequests.AccessToken issue(StaffMember account) {
        // The JWT parser checks expiry against the system clock, so tokens are issued by that clock too.
        Instant now = Instant.now();
        Instant expires = now.plus(jwt.lifetime());
        String token = Jwt.issuer(jwt.issuer())
                .subject(String.valueOf(account.id()))
                .groups(Set.of(account.role().name()))
                .issuedAt(now)
                .expiresAt(expires)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new TokenRequests.AccessToken(
                token,
                "Bearer",
                jwt.lifetime().toSeconds(),
                OffsetDateTime.ofInstant(expires, ZoneOffset.UTC),
                account.role());
    }

    /** The verified token: signature, issuer and expiry checked. */
    JsonWebToken verify(String token) throws ParseException {
        return parser().parse(token);
    }

    private DefaultJWTParser parser() {
        if (parser == null) {
            JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), jwt.issuer());
            info.setExpGracePeriodSecs(0);
            parser = new DefaultJWTParser(info);
        }
        return parser;
    }
}
