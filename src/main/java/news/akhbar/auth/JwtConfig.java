package news.akhbar.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.jwt")
interface JwtConfig {

    @WithDefault("akhbar")
    String issuer();

    /** Lifetime of an access token. */
    @WithDefault("1H")
    Duration lifetime();

    /**
     * PEM files of the RS256 signing key pair. When neither is set, a pair is generated once and kept in
     * {@code <data-dir>/jwt/}; several instances must share one pair.
     */
    Optional<String> privateKeyLocation();

    Optional<String> publicKeyLocation();
}
