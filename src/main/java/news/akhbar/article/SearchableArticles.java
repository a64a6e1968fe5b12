package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.time.Times;

/** What a search index reads of articles: their text to index, their changes to follow, and the hits to show. */
@ApplicationScoped
public class SearchableArticles {

    /** One row of {@code article_change}. */
    public record Change(long id, long articleId) {}

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleViews views;

    @Inject
    Clock clock;

    /** The published or scheduled ones among {@code ids}; an id missing from the answer has nothing to index. */
    @Transactional
    public List<SearchableArticle> load(Collection<Long> ids) {
        ReadOnly.session(articles.getEntityManager());
        if (ids.isEmpty()) {
            return List.of();
        }
        return withAssociations(articles.getEntityManager()
                .createQuery("select a.id from Article a where a.publicFrom is not null and a.id in :ids", Long.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList());
    }

    /** The next published or scheduled articles by id after {@code afterId}: a full rebuild reads them all this way. */
    @Transactional
    public List<SearchableArticle> after(long afterId, int limit) {
        ReadOnly.session(articles.getEntityManager());
        return withAssociations(articles.getEntityManager()
                .createQuery(
                        "select a.id from Article a where a.publicFrom is not null and a.id > :after order by a.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** A search hit as shown. */
    public record PublicHit(long id, ArticleSummary summary) {}

    /** The articles public now among {@code ids}, in the order of {@code ids}: two statements for the page. */
    @Transactional
    public List<PublicHit> publicHits(List<Long> ids) {
        ReadOnly.session(articles.getEntityManager());
        OffsetDateTime now = Times.now(clock);
        List<Article> found = articles.findWithAssociations(ids).stream()
                .filter(article -> article != null && article.isPublicAt(now))
                .toList();
        ArticleRefs refs = views.refs(found);
        return found.stream()
                .map(article -> new PublicHit(article.id, ArticleSummary.from(article, refs)))
                .toList();
    }

    /** Rows of {@code article_change} above {@code afterId}, oldest first. */
    @Transactional
    public List<Change> changesAfter(long afterId, int limit) {
        return ((List<?>) articles.getEntityManager()
                        .createNativeQuery(
                                "select id, article_id from article_change where id > :after order by id",
                                Object[].class)
                        .setParameter("after", afterId)
                        .setMaxResults(limit)
                        .getResultList())
                .stream()
                        .map(row -> (Object[]) row)
                        .map(row -> new Change(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                        .toList();
    }

    /** The highest id in {@code article_change}, 0 when empty. */
    @Transactional
    public long lastChange() {
        Object max = articles.getEntityManager()
                .createNativeQuery("select coalesce(max(id), 0) from article_change")
                .getSingleResult();
        return ((Number) max).longValue();
    }

    /**
     * Names this database: when it was created (its first migration). An index kept in the data directory belongs to
     * one database; pointed at another, it is rebuilt.
     */
    @Transactional
    public String databaseId() {
        Object first = articles.getEntityManager()
                .createNativeQuery("select cast(min(installed_on) as varchar(64)) from flyway_schema_history")
                .getSingleResult();
        return String.valueOf(first);
    }

    /** Deletes rows older than {@code before}. */
    @Transactional
    public int purgeChanges(OffsetDateTime before) {
        return articles.getEntityManager()
                .createNativeQuery("delete from article_change where changed_at < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    /** The ids first, then the rows once with their authors and tags: an article's body is read once, not twice. */
    private List<SearchableArticle> withAssociations(List<Long> ids) {
        return articles.findWithAssociations(ids).stream()
                .map(SearchableArticle::from)
                .toList();
    }
}
