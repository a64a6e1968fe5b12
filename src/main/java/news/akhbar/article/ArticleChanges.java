package news.akhbar.article;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.common.time.Times;

/**
 * Records, in the transaction of a write, which articles it touched: a row each in {@code article_change} for the
 * other instances, and an {@link ArticlesChanged} event for this one.
 */
@ApplicationScoped
class ArticleChanges {

    @Inject
    EntityManager em;

    @Inject
    Event<ArticlesChanged> changed;

    @Inject
    Clock clock;

    /** One article's write, by a member of the newsroom. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(long articleId) {
        record(List.of(articleId), false);
    }

    /** {@code bulk}: a batch of an import. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Collection<Long> articleIds, boolean bulk) {
        if (articleIds.isEmpty()) {
            return;
        }
        Set<Long> ids = new TreeSet<>(articleIds);
        if (ids.size() == 1) {
            // A deleted article is no longer in its table: its one id goes in as a value.
            em.createNativeQuery("insert into article_change (article_id, changed_at) values (:id, :at)")
                    .setParameter("id", ids.iterator().next())
                    .setParameter("at", Times.now(clock))
                    .executeUpdate();
        } else {
            // An import batch: one statement, whatever its size.
            // A parameter in a select list has no type of its own for H2 or PostgreSQL: the cast gives it one.
            em.createNativeQuery("insert into article_change (article_id, changed_at)"
                            + " select id, cast(:at as timestamp with time zone) from article where id in (:ids)")
                    .setParameter("ids", ids)
                    .setParameter("at", Times.now(clock))
                    .executeUpdate();
        }
        changed.fire(new ArticlesChanged(Set.copyOf(ids), bulk));
    }
}
