package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.common.changes.ContentChanges;
import news.akhbar.common.changes.ContentKind;
import news.akhbar.common.changes.ReferenceChanged;
import news.akhbar.common.events.DueEvents;
import news.akhbar.common.events.EventOutbox;
import news.akhbar.common.time.Times;

/**
 * Tells the public change feed which article slugs a write changed. A slug enters the feed once it is public, and
 * stays in it (as removed, when it stops being public), so that a draft's slug is never named; a scheduled article
 * enters it at its time, through {@code content_change_due}.
 */
@ApplicationScoped
class PublicChanges implements DueEvents {

    @Inject
    ContentChanges feed;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventOutbox events;

    @Inject
    ArticleViews views;

    @Inject
    ArticleRepository articles;

    @Override
    public void release() {
        if (anyDue()) {
            releaseDue();
        }
    }

    /** After a write of {@code article}, which was called {@code oldSlug} before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void written(Article article, String oldSlug) {
        OffsetDateTime now = Times.now(clock);
        List<String> candidates = new ArrayList<>();
        candidates.add(article.slug);
        if (oldSlug != null && !oldSlug.equals(article.slug)) {
            candidates.add(oldSlug);
        }
        Set<String> known = feed.known(ContentKind.ARTICLE, candidates);
        List<String> changed = new ArrayList<>(known);
        if (article.isPublicAt(now) && !changed.contains(article.slug)) {
            changed.add(article.slug);
        }
        schedule(article.id, article.publicFrom, now);
        feed.record(ContentKind.ARTICLE, changed);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void deleted(long articleId, String slug) {
        em.createNativeQuery("delete from content_change_due where article_id = :id")
                .setParameter("id", articleId)
                .executeUpdate();
        feed.record(ContentKind.ARTICLE, feed.known(ContentKind.ARTICLE, List.of(slug)));
    }

    /** The articles of an import batch, already flushed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void imported(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = Times.now(clock);
        List<Object[]> rows = em.createQuery(
                        "select a.id, a.slug, a.publicFrom from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
        List<String> slugs = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Object[] row : rows) {
            OffsetDateTime from = (OffsetDateTime) row[2];
            slugs.add((String) row[1]);
            if (from != null && !from.isAfter(now)) {
                changed.add((String) row[1]);
            }
            schedule((Long) row[0], from, now);
        }
        changed.addAll(feed.known(ContentKind.ARTICLE, slugs));
        feed.record(ContentKind.ARTICLE, changed);
    }

    /** The comment count is part of what the feed shows of an article. */
    @Transactional(Transactional.TxType.MANDATORY)
    void commentsCounted(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        List<String> slugs = em.createQuery(
                        "select a.slug from Article a where a.id in :ids and " + ArticleRepository.VISIBLE,
                        String.class)
                .setParameter("ids", articleIds)
                .setParameter("now", Times.now(clock))
                .getResultList();
        feed.record(ContentKind.ARTICLE, slugs);
    }

    /** An author, category or tag was renamed: every public article that names it shows the new name. */
    void referenceChanged(@Observes ReferenceChanged change) {
        String join = switch (change.kind()) {
            case AUTHOR -> "select a.slug from Article a join a.authorIds r where r = :id";
            case TAG -> "select a.slug from Article a join a.tagIds r where r = :id";
            case CATEGORY -> "select a.slug from Article a where a.categoryId = :id";
            default -> null;
        };
        if (join == null) {
            return;
        }
        List<String> slugs = em.createQuery(join + " and " + ArticleRepository.VISIBLE, String.class)
                .setParameter("id", change.id())
                .setParameter("now", Times.now(clock))
                .getResultList();
        feed.record(ContentKind.ARTICLE, slugs);
    }

    /**
     * Scheduled articles whose time has come enter the feed: each due row is taken by the one transaction that
     * deletes it, so two instances never both announce it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void releaseDue() {
        OffsetDateTime now = Times.now(clock);
        List<Long> due = em.createNativeQuery(
                        "select article_id from content_change_due where due_at <= :now order by due_at", Long.class)
                .setParameter("now", now)
                .setMaxResults(1000)
                .getResultList();
        List<Long> taken = new ArrayList<>();
        for (Long id : due) {
            if (em.createNativeQuery("delete from content_change_due where article_id = :id and due_at <= :now")
                            .setParameter("id", id)
                            .setParameter("now", now)
                            .executeUpdate()
                    == 1) {
                taken.add(id);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        List<Article> live = articles.findWithAssociations(taken).stream()
                .filter(article -> article != null && article.isPublicAt(now))
                .toList();
        feed.record(
                ContentKind.ARTICLE, live.stream().map(article -> article.slug).toList());
        for (ArticleSummary summary : views.summaries(live)) {
            events.emit(EventOutbox.ARTICLE_PUBLISHED, new ArticleEvent(summary.slug(), summary.url(), null, summary));
        }
    }

    /** Whether a scheduled article is due at all, without a lock: the common case is no. */
    @Transactional
    boolean anyDue() {
        return !em.createNativeQuery("select 1 from content_change_due where due_at <= :now")
                .setParameter("now", Times.now(clock))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private void schedule(long articleId, OffsetDateTime publicFrom, OffsetDateTime now) {
        em.createNativeQuery("delete from content_change_due where article_id = :id")
                .setParameter("id", articleId)
                .executeUpdate();
        if (publicFrom != null && publicFrom.isAfter(now)) {
            em.createNativeQuery("insert into content_change_due (article_id, due_at) values (:id, :at)")
                    .setParameter("id", articleId)
                    .setParameter("at", publicFrom)
                    .executeUpdate();
        }
    }
}
