package news.akhbar.common.changes;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import news.akhbar.common.time.Times;

/**
 * Writes the public change feed, in the transaction of each write: the slugs whose public state may have changed get
 * the next numbers of {@code content_change_seq}, replacing their earlier row (see V11__content_change.sql).
 */
@ApplicationScoped
public class ContentChanges {

    private static final int CHUNK = 500;
    // Slug first, as the unique index (V18): H2 looks an IN list up in an index only when it is its first column.
    static final String KNOWN = "select slug from content_change where slug in (:slugs) and kind = :kind";
    static final String FORGET = "delete from content_change where slug in (:slugs) and kind = :kind";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** {@code slugs} changed: each gets a new number, as of now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContentKind kind, Collection<String> slugs) {
        Set<String> distinct = new LinkedHashSet<>(slugs);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return;
        }
        // The writes of the transaction go first: the number's row lock is then the last lock it takes.
        em.flush();
        em.createNativeQuery("update content_change_seq set last_seq = last_seq + :n where id = 1")
                .setParameter("n", distinct.size())
                .executeUpdate();
        long last = lastSeq();
        List<String> ordered = new ArrayList<>(distinct);
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            em.createNativeQuery(FORGET)
                    .setParameter("kind", kind.json)
                    .setParameter("slugs", ordered.subList(from, Math.min(ordered.size(), from + CHUNK)))
                    .executeUpdate();
        }
        long first = last - ordered.size() + 1;
        OffsetDateTime now = Times.now(clock);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into content_change (seq, kind, slug, changed_at) values (?, ?, ?, ?)")) {
                for (int i = 0; i < ordered.size(); i++) {
                    insert.setLong(1, first + i);
                    insert.setString(2, kind.json);
                    insert.setString(3, ordered.get(i));
                    insert.setObject(4, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The number of the latest change: it moves whenever anything public changes. */
    @Transactional
    public long lastSeq() {
        return ((Number) em.createNativeQuery("select last_seq from content_change_seq where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** A row of the feed: {@code slug} of {@code kind} changed, the {@code seq}-th change. */
    public record Change(long seq, ContentKind kind, String slug, OffsetDateTime changedAt) {}

    /** The changes after {@code seq}, in commit order. */
    @Transactional
    public List<Change> after(long seq, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                        "select seq, kind, slug, changed_at from content_change where seq > :seq order by seq",
                        Object[].class)
                .setParameter("seq", seq)
                .setMaxResults(limit)
                .getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new Change(
                    ((Number) row[0]).longValue(),
                    ContentKind.fromJson((String) row[1]),
                    (String) row[2],
                    Times.fromDatabase(row[3])));
        }
        return changes;
    }

    /** Those of {@code slugs} that have been public (they have a row): a client may hold them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> known(ContentKind kind, Collection<String> slugs) {
        Set<String> found = new LinkedHashSet<>();
        List<String> ordered = new ArrayList<>(new LinkedHashSet<>(slugs));
        ordered.remove(null);
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            for (Object slug : em.createNativeQuery(KNOWN)
                    .setParameter("kind", kind.json)
                    .setParameter("slugs", ordered.subList(from, Math.min(ordered.size(), from + CHUNK)))
                    .getResultList()) {
                found.add((String) slug);
            }
        }
        return found;
    }
}
