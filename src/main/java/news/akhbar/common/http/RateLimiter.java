package news.akhbar.common.http;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Fixed windows per policy and client address, in memory: a window opens at a client's first request and allows the
 * policy's quota until it closes. Bounded, so that a flood of addresses cannot exhaust the heap.
 */
@ApplicationScoped
public class RateLimiter {

    public enum Policy {
        READS("reads"),
        COMMENTS("comments");

        final String name;

        Policy(String name) {
            this.name = name;
        }
    }

    /** {@code remaining} after this request, {@code reset} seconds until the window closes. */
    public record Decision(Policy policy, int quota, long windowSeconds, int remaining, long reset, boolean allowed) {

        /** As in the IETF httpapi draft: {@code "reads";q=1200;w=60}. */
        String policyHeader() {
            return "\"" + policy.name + "\";q=" + quota + ";w=" + windowSeconds;
        }

        /** {@code "reads";r=1187;t=42}. */
        String limitHeader() {
            return "\"" + policy.name + "\";r=" + remaining + ";t=" + reset;
        }
    }

    private static final class Window {
        final long start;
        int used;

        Window(long start) {
            this.start = start;
        }
    }

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    private Cache<String, Window> windows;

    @PostConstruct
    void init() {
        windows = Caffeine.newBuilder()
                .maximumSize(500_000)
                .expireAfterAccess(config.window().toMillis() * 2, TimeUnit.MILLISECONDS)
                .build();
    }

    public Decision take(Policy policy, String client) {
        int quota = policy == Policy.READS ? config.reads() : config.comments();
        long window = config.window().toMillis();
        long now = clock.millis();
        Window current = windows.asMap()
                .compute(
                        policy.name + "|" + client,
                        (key, old) ->
                                old == null || now >= old.start + window || now < old.start ? new Window(now) : old);
        int used;
        synchronized (current) {
            used = ++current.used;
        }
        long reset = Math.max(1, (current.start + window - now + 999) / 1000);
        return new Decision(policy, quota, window / 1000, Math.max(0, quota - used), reset, used <= quota);
    }
}
