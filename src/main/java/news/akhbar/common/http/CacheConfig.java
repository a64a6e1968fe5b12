package news.akhbar.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.cache")
public interface CacheConfig {

    /** How long browsers and CDNs may reuse a public response before revalidating it with its ETag. */
    @WithDefault("60S")
    Duration maxAge();

    /** How long a CDN may keep serving a public response after max-age while it revalidates it in the background. */
    @WithDefault("30S")
    Duration staleWhileRevalidate();

    /** How long a CDN may keep serving a public response when the API answers errors or does not answer. */
    @WithDefault("1D")
    Duration staleIfError();

    /**
     * How long an instance may reuse counts over the archive before counting again: a list's total (totalItems,
     * X-Total-Count), articles per category, tag and author, the weights of related articles. The items of a list
     * are always current; only these totals may lag this much behind.
     */
    @WithDefault("10S")
    Duration countsTtl();
}
