package news.akhbar.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.cache")
public interface CacheConfig {

    /** How long browsers and CDNs may reuse a public response before revalidating it with its ETag. */
    @WithDefault("60S")
    Duration maxAge();
}
