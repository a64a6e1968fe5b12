package news.akhbar.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.common.problem.ProblemException;

/**
 * Counts failed logins per account and per client address in a sliding window. Kept in memory: each instance
 * counts its own, which bounds guessing per instance (see README, scaling out).
 */
@ApplicationScoped
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    /** 429 with Retry-After while the account or the address has used up its failures. */
    void check(String accountKey, String addressKey) {
        long wait = Math.max(
                waitFor(accountKey, config.maxFailures()), waitFor(addressKey, config.maxFailuresPerAddress()));
        if (wait > 0) {
            throw ProblemException.tooManyRequests("Too many failed logins; try again later.", wait);
        }
    }

    /** Seconds until the key may try again; 0 when it may now. */
    private long waitFor(String key, int limit) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return 0;
        }
        Instant now = clock.instant();
        synchronized (recent) {
            prune(recent, now);
            return recent.size() < limit
                    ? 0
                    : Duration.between(now, recent.peekFirst().plus(window())).toSeconds() + 1;
        }
    }

    void failed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (recent) {
                prune(recent, now);
                recent.addLast(now);
            }
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    /** Forgets everything; for tests, which share one application. */
    void reset() {
        failures.clear();
    }

    private void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().plus(window()).isBefore(now)) {
            recent.removeFirst();
        }
    }

    private Duration window() {
        return config.failureWindow();
    }
}
