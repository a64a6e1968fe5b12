package news.akhbar.common.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that are costly to compute and may be a little old (counts over the whole archive), kept per instance for
 * a fixed time. A time of zero keeps nothing.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, Instant expires) {}

    // Keys can come from clients (a list's filters): past this many, the cache starts afresh.
    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    public TtlCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    public V get(K key, Function<K, V> compute) {
        if (ttl.isZero()) {
            return compute.apply(key);
        }
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry == null || !entry.expires().isAfter(now)) {
            entry = new Entry<>(compute.apply(key), now.plus(ttl));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, entry);
        }
        return entry.value();
    }
}
