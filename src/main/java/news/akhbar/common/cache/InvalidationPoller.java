package news.akhbar.common.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import news.akhbar.common.http.CacheConfig;
import news.akhbar.common.persistence.SettlingFloor;

/**
 * Brings the writes of the other instances on the same database to this instance's response cache: reads the keys
 * that committed transactions wrote to {@code cache_invalidation} since the last look, every
 * {@code akhbar.cache.invalidation-poll}. That interval is the staleness another instance's write may see.
 * Rows are read again for {@link #SETTLE} after they were first seen (see {@link SettlingFloor}).
 */
@ApplicationScoped
public class InvalidationPoller {

    private static final Logger LOG = Logger.getLogger(InvalidationPoller.class);
    static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Duration KEEP = Duration.ofHours(1);

    @Inject
    DataSource dataSource;

    @Inject
    ResponseCache cache;

    @Inject
    CacheConfig config;

    @Inject
    Clock clock;

    private ScheduledExecutorService executor;
    private SettlingFloor floor;
    private long lastCleanup = System.nanoTime();

    void start(@Observes StartupEvent event) throws SQLException {
        floor = new SettlingFloor(maxId(), SETTLE);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "akhbar-cache-invalidations");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.invalidationPoll().toMillis();
        executor.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Before the database closes (H2Compaction runs after this): a poll in flight finishes first. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (SQLException | RuntimeException e) {
            // Nothing is lost: the rows stay, and the next look reads them.
            LOG.debugf("Could not read cache invalidations: %s", e.getMessage());
        }
    }

    /** One look at the table; returns the keys it evicted. */
    synchronized Set<String> poll() throws SQLException {
        Set<String> keys = new HashSet<>();
        long now = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, cache_key from cache_invalidation where id > ? order by id")) {
            select.setLong(1, floor.floor());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (floor.firstSeen(rows.getLong(1), now)) {
                        keys.add(rows.getString(2));
                    }
                }
            }
            if (now - lastCleanup > Duration.ofMinutes(5).toNanos()) {
                lastCleanup = now;
                try (PreparedStatement delete =
                        connection.prepareStatement("delete from cache_invalidation where created_at < ?")) {
                    delete.setObject(
                            1,
                            OffsetDateTime.now(clock)
                                    .withOffsetSameInstant(ZoneOffset.UTC)
                                    .minus(KEEP));
                    delete.executeUpdate();
                }
            }
        }
        cache.evict(keys);
        floor.settle(now);
        return keys;
    }

    private long maxId() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select max(id) from cache_invalidation");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
