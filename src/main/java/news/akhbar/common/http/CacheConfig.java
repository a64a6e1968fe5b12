package news.akhbar.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.cache")
public interface CacheConfig {

    /** How long browsers and CDNs may reuse a public response before revalidating it with its ETag. */
    @WithDefault("60S")
    Duration maxAge();

    /**
     * How long counts over the whole archive (articles per category and per tag, the weights of related articles)
     * may be reused by an instance before they are counted again.
     */
    @WithDefault("60S")
    Duration countsTtl();
}
