package news.akhbar.article;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.common.cache.ScheduledChanges;
import news.akhbar.common.time.Times;

/**
 * The next time a scheduled article becomes public, which no write announces: cached responses expire then. Read
 * from the {@code public_from} index (only future rows are in range) once, and again after any write (local, or
 * another instance's, seen by the invalidation poller) or when that time has come.
 */
@ApplicationScoped
public class ScheduledPublications implements ScheduledChanges {

    private record Known(Optional<Instant> next) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Known known;

    @Override
    @Transactional
    public Optional<Instant> nextAfter(Instant now) {
        Known current = known;
        if (current != null && current.next().map(now::isBefore).orElse(true)) {
            return current.next();
        }
        OffsetDateTime next = em.createQuery(
                        "select min(a.publicFrom) from Article a where a.publicFrom > :now", OffsetDateTime.class)
                .setParameter("now", Times.now(clock))
                .getSingleResult();
        Optional<Instant> result = Optional.ofNullable(next).map(OffsetDateTime::toInstant);
        known = new Known(result);
        return result;
    }

    @Override
    public void forget() {
        known = null;
    }
}
