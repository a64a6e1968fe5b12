package news.akhbar.common.http;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * Whether public responses are kept, rendered, in memory (per instance) and served from there until a write
     * changes what they show. Off, every request is rendered.
     */
    @WithDefault("true")
    boolean enabled();

    /** The memory the response cache may use, identity and gzip bytes together. */
    @WithDefault("64M")
    MemorySize maxSize();

    /** The longest a rendered response is kept even when no write touches it: a bound on any missed invalidation. */
    @WithDefault("10M")
    Duration responseTtl();

    /**
     * How often an instance reads the invalidations other instances wrote to the database: the most another
     * instance's answers may lag behind a write.
     */
    @WithDefault("1S")
    Duration invalidationPoll();
}
