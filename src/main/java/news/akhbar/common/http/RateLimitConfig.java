package news.akhbar.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Public rate limits per client address, on each instance (see README, Rate limits). */
@ConfigMapping(prefix = "akhbar.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Public reads (GET, HEAD) per window and client address. */
    @WithDefault("1200")
    int reads();

    /** Comment posts per window and client address (comments also have their own limit per e-mail). */
    @WithDefault("10")
    int comments();

    @WithDefault("60S")
    Duration window();

    /** Requests with a valid staff token are not counted. */
    @WithDefault("true")
    boolean exemptStaff();
}
