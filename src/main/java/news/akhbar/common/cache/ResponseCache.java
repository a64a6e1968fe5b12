package news.akhbar.common.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import news.akhbar.common.http.CacheConfig;

/**
 * Rendered public responses, per request URI, bounded by size. Filled by {@code PublicCaching} after a resource
 * answered, served by {@link CachedResponses} on the event loop, emptied of what a write changed by
 * {@link #evict(Set)}: locally when a transaction commits, and on every other instance by {@link InvalidationPoller}.
 */
@ApplicationScoped
public class ResponseCache {

    /** Routing context data: the cache key of a request that missed, and the epoch when it started. */
    public static final String KEY = "akhbar.cache.key";

    public static final String EPOCH = "akhbar.cache.epoch";

    @Inject
    CacheConfig config;

    @Inject
    Clock clock;

    @Inject
    Instance<ScheduledChanges> scheduled;

    // Counts evictions. A response rendered while one happened may show what was just changed, so it is not kept.
    private final AtomicLong epoch = new AtomicLong();
    private Cache<String, CachedResponse> entries;

    @PostConstruct
    void init() {
        entries = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, CachedResponse value) -> value.weight())
                .build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public long epoch() {
        return epoch.get();
    }

    /** The cached response for a request URI, or null when there is none or it has expired. */
    public CachedResponse lookup(String uri) {
        CachedResponse hit = entries.getIfPresent(uri);
        if (hit != null && !clock.instant().isBefore(hit.expires())) {
            entries.asMap().remove(uri, hit);
            return null;
        }
        return hit;
    }

    /** Keeps a response rendered since {@code startEpoch}, unless something was evicted in the meantime. */
    public void store(
            String uri,
            long startEpoch,
            byte[] identity,
            byte[] gzip,
            String etag,
            List<Map.Entry<String, String>> headers,
            Set<String> keys) {
        if (epoch.get() != startEpoch) {
            return;
        }
        Instant now = clock.instant();
        Instant expires = now.plus(config.responseTtl());
        Optional<Instant> next = scheduled.isResolvable() ? scheduled.get().nextAfter(now) : Optional.empty();
        if (next.isPresent() && next.get().isBefore(expires)) {
            expires = next.get();
        }
        CachedResponse entry =
                new CachedResponse(identity, gzip, etag, List.copyOf(headers), Set.copyOf(keys), expires);
        entries.put(uri, entry);
        // An eviction that ran between the check above and the put did not see this entry.
        if (epoch.get() != startEpoch) {
            entries.asMap().remove(uri, entry);
        }
    }

    /** Removes every cached response that shows one of {@code keys} ({@link CacheKeys#ALL}: all of them). */
    public void evict(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        epoch.incrementAndGet();
        if (keys.contains(CacheKeys.ALL)) {
            entries.invalidateAll();
        } else {
            entries.asMap().values().removeIf(entry -> entry.shows(keys));
        }
        if (scheduled.isResolvable()) {
            scheduled.get().forget();
        }
    }

    public long size() {
        return entries.estimatedSize();
    }
}
