package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import org.hibernate.Hibernate;

import news.akhbar.common.http.PageRequest;
import news.akhbar.common.persistence.ByIds;
import news.akhbar.common.persistence.JpqlFilter;
import news.akhbar.common.time.Times;

@ApplicationScoped
class ArticleRepository implements PanacheRepository<Article> {

    /**
     * The one definition of "public": published or scheduled, and its publication time has come (see
     * {@link Article#publicFrom}). A scheduled article goes public at that instant without any job flipping its status.
     */
    static final String VISIBLE = "a.publicFrom <= :now";

    static final String SCHEDULED = "a.publicFrom > :now";

    long countVisible(ArticleFilter filter, OffsetDateTime now) {
        Optional<LinkRange> link = LinkRange.of(filter, now);
        if (link.isPresent()) {
            return ((Number)
                            link.get().query(getEntityManager(), "count(*)", "").getSingleResult())
                    .longValue();
        }
        if (isCategoryRange(filter)) {
            return countInCategories(filter, now);
        }
        return visible(filter, now).count(getEntityManager(), "select count(a) from Article a");
    }

    /** Only categories (and maybe dates) filter the list: it can be read from the (category, public_from) index. */
    private static boolean isCategoryRange(ArticleFilter filter) {
        return filter.categoryIds() != null
                && filter.tagIds().isEmpty()
                && filter.authorId() == null
                && filter.lang() == null;
    }

    /**
     * A section's page (a category and its sub-categories): the newest {@code first + max} of each category, read
     * in index order, merged. H2 answered {@code category_id in (…) order by public_from} by sorting every match,
     * bodies and all: out of heap at 100,000 articles. Page numbers stop at 10,000 articles, so this stays bounded.
     */
    private List<Long> mergeCategories(
            ArticleFilter filter, int first, int max, ArticleCursor cursor, OffsetDateTime now) {
        boolean oldest = filter.sort() == ArticleSort.OLDEST;
        String range = publicRange(filter, cursor);
        String order = oldest
                ? " order by primary_category_id desc, public_from asc, id asc"
                : " order by primary_category_id, public_from desc, id desc";
        // One statement: each category's range in parentheses, with its own order and limit.
        String sql = filter.categoryIds().stream()
                .map(category -> "(select public_from, id from article where primary_category_id = " + category + range
                        + order + " limit " + (first + max) + ")")
                .collect(Collectors.joining(" union all "));
        List<Object[]> candidates = new ArrayList<>();
        for (Object row : nativeRange(sql, filter, cursor, now).getResultList()) {
            candidates.add((Object[]) row);
        }
        Comparator<Object[]> newestFirst = Comparator.<Object[], OffsetDateTime>comparing(
                        row -> Times.fromDatabase(row[0]))
                .thenComparing(row -> ((Number) row[1]).longValue())
                .reversed();
        return candidates.stream()
                .sorted(oldest ? newestFirst.reversed() : newestFirst)
                .skip(first)
                .limit(max)
                .map(row -> ((Number) row[1]).longValue())
                .toList();
    }

    /**
     * A category page's total as the sum of one (category, public_from) index range per category of the subtree. H2
     * answered {@code category_id in (…)} by reading every article row: out of heap at 100,000 articles.
     */
    private long countInCategories(ArticleFilter filter, OffsetDateTime now) {
        if (filter.categoryIds().isEmpty()) {
            return 0;
        }
        String range = publicRange(filter, null);
        String sql = "select sum(n) from ("
                + filter.categoryIds().stream()
                        .map(id -> "select count(*) as n from article where primary_category_id = " + id + range)
                        .collect(Collectors.joining(" union all "))
                + ") counts";
        Object total = nativeRange(sql, filter, null, now).getSingleResult();
        return total == null ? 0 : ((Number) total).longValue();
    }

    /** The public, date and cursor conditions on the article table's columns, for the category ranges. */
    private static String publicRange(ArticleFilter filter, ArticleCursor cursor) {
        return " and public_from <= :now" + (filter.from() != null ? " and public_from >= :from" : "")
                + (filter.to() != null ? " and public_from < :to" : "")
                + (cursor != null ? " and " + cursor.sql("id") : "");
    }

    private Query nativeRange(String sql, ArticleFilter filter, ArticleCursor cursor, OffsetDateTime now) {
        Query query = getEntityManager().createNativeQuery(sql).setParameter("now", now);
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (cursor != null) {
            query.setParameter("cursorAt", cursor.at()).setParameter("cursorId", cursor.id());
        }
        return query;
    }

    List<Article> findVisible(ArticleFilter filter, PageRequest page, OffsetDateTime now) {
        return findVisible(filter, page.first(), page.size(), null, now);
    }

    /** Up to {@code max} public articles from {@code first}, or after {@code cursor} when there is one. */
    List<Article> findVisible(ArticleFilter filter, int first, int max, ArticleCursor cursor, OffsetDateTime now) {
        Optional<LinkRange> link = LinkRange.of(filter, now).map(range -> range.after(cursor));
        if (link.isPresent()) {
            // The link's own column first: H2 then reads (link, public_from desc, article desc) in index order.
            String order = filter.sort() == ArticleSort.OLDEST
                    ? " order by " + link.get().column() + " desc, public_from asc, article_id asc"
                    : " order by " + link.get().column() + ", public_from desc, article_id desc";
            List<Long> ids = link
                    .get()
                    .query(getEntityManager(), "article_id", order)
                    .setFirstResult(first)
                    .setMaxResults(max)
                    .getResultList()
                    .stream()
                    .map(id -> ((Number) id).longValue())
                    .toList();
            return findWithAssociations(ids);
        }
        if (isCategoryRange(filter)
                && filter.categoryIds().size() > 1
                && filter.sort() != ArticleSort.RECENTLY_UPDATED) {
            return findWithAssociations(mergeCategories(filter, first, max, cursor, now));
        }
        JpqlFilter where = visible(filter, now);
        if (cursor != null) {
            where.and(cursor.jpql("a"), "cursorAt", cursor.at()).param("cursorId", cursor.id());
        }
        List<Article> articles = where.query(
                        getEntityManager(),
                        "select a from Article a",
                        "order by " + filter.sort().orderBy,
                        Article.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        fetchAuthorsAndTags(articles);
        return articles;
    }

    /** The management list: any status, most recently changed first. */
    List<Article> findPage(JpqlFilter filter, PageRequest page) {
        List<Long> ids = filter.query(
                        getEntityManager(),
                        "select a.id from Article a",
                        "order by a.updatedAt desc, a.id desc",
                        Long.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
        return findWithAssociations(ids);
    }

    /** Articles by id, in the order of {@code ids}, with their author and tag ids fetched up front. */
    List<Article> findWithAssociations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Article> articles = ByIds.find(getEntityManager(), Article.class, ids);
        fetchAuthorsAndTags(articles);
        Map<Long, Article> byId = articles.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Fills the author and tag ids of articles already in the persistence context: one statement for each link table
     * per {@code quarkus.hibernate-orm.fetch.batch-size} articles. Batch fetching reads the link rows alone; a join fetch would read every
     * article row again, bodies included, and compare them for {@code distinct}.
     */
    private static void fetchAuthorsAndTags(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        // Touching one collection loads the same collection of every article in the batch.
        Hibernate.initialize(articles.get(0).authorIds);
        Hibernate.initialize(articles.get(0).tagIds);
    }

    /**
     * Copies the article's public_from to its tag and author links, and its category and related flag to its tag
     * links, after a write has been flushed: list pages and related articles read the link rows alone.
     */
    void syncLinks(long articleId) {
        syncLinks(List.of(articleId));
    }

    /** {@link #syncLinks(long)} for many articles, two statements in all (an import batch). */
    void syncLinks(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("update article_tag l set (public_from, category_id, relatable) = "
                        + "(select a.public_from, a.primary_category_id, not a.exclude_from_related from article a "
                        + "where a.id = l.article_id) where l.article_id in (:ids)")
                .setParameter("ids", articleIds)
                .executeUpdate();
        getEntityManager()
                .createNativeQuery("update article_author l set public_from = (select a.public_from from article a "
                        + "where a.id = l.article_id) where l.article_id in (:ids)")
                .setParameter("ids", articleIds)
                .executeUpdate();
    }

    /** A candidate for related articles: public, and not kept out of related lists. */
    record Relatable(long id, OffsetDateTime publishedAt, Long categoryId) {}

    /** The newest relatable articles carrying a tag, at most {@code limit}: one range of the tag's index. */
    List<Relatable> findNewestRelatableWithTag(long tagId, int limit, OffsetDateTime now) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select article_id, public_from, category_id from article_tag where tag_id = ?1 "
                                + "and public_from <= ?2 and relatable = true "
                                + "order by tag_id, public_from desc, article_id desc",
                        Object[].class)
                .setParameter(1, tagId)
                .setParameter(2, now)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Relatable(
                        ((Number) row[0]).longValue(),
                        Times.fromDatabase(row[1]),
                        row[2] == null ? null : ((Number) row[2]).longValue()))
                .toList();
    }

    Article findVisibleBySlug(String slug, OffsetDateTime now) {
        return find("from Article a where a.slug = :slug and " + VISIBLE, Map.of("slug", slug, "now", now))
                .firstResult();
    }

    List<Article> findVisibleBySlugs(Collection<String> slugs, OffsetDateTime now) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return list("from Article a where a.slug in :slugs and " + VISIBLE, Map.of("slugs", slugs, "now", now));
    }

    /** Published article counts per author id, from the author links' own public_from. */
    Map<Long, Long> countVisibleByAuthor(OffsetDateTime now) {
        return nativeCounts("article_author", "author_id", now);
    }

    /** Published article counts per category id (each category on its own, without its sub-categories). */
    Map<Long, Long> countVisibleByCategory(Collection<Long> categoryIds, OffsetDateTime now) {
        if (categoryIds.isEmpty()) {
            return Map.of();
        }
        // One index range of (category, public_from) per category, in one statement. A GROUP BY over the article
        // table read every row, bodies and all: 12 s and the heap's worth of pages at 100,000 articles on H2.
        String sql = categoryIds.stream()
                .map(id -> "select cast(" + id + " as bigint), count(*) from article where primary_category_id = " + id
                        + " and public_from <= :now")
                .collect(Collectors.joining(" union all "));
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : getEntityManager()
                .createNativeQuery(sql)
                .setParameter("now", now)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    Map<Long, Long> countVisibleByTag(OffsetDateTime now) {
        return nativeCounts("article_tag", "tag_id", now);
    }

    private Map<Long, Long> nativeCounts(String table, String column, OffsetDateTime now) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : getEntityManager()
                .createNativeQuery(
                        "select " + column + ", count(*) from " + table + " where public_from <= ?1 group by " + column)
                .setParameter(1, now)
                .getResultList()) {
            Object[] pair = (Object[]) row;
            counts.put(((Number) pair[0]).longValue(), ((Number) pair[1]).longValue());
        }
        return counts;
    }

    /** Ids of the newest public articles in a category, excluding some. */
    List<Long> findVisibleIdsInCategory(long categoryId, Collection<Long> excluded, int limit, OffsetDateTime now) {
        List<Long> ignored = new ArrayList<>(excluded);
        ignored.add(-1L);
        return getEntityManager()
                .createQuery(
                        "select a.id from Article a where a.categoryId = :category and a.id not in :ignored "
                                + "and a.excludeFromRelated = false and " + VISIBLE
                                + " order by a.categoryId, a.publicFrom desc, a.id desc",
                        Long.class)
                .setParameter("category", categoryId)
                .setParameter("ignored", ignored)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    long countVisible(OffsetDateTime now) {
        return count("from Article a where " + VISIBLE, Map.of("now", now));
    }

    long countNamingAuthor(long authorId) {
        return count("select count(a) from Article a join a.authorIds au where au = ?1", authorId);
    }

    long countInCategory(long categoryId) {
        return count("categoryId", categoryId);
    }

    long countWithTag(long tagId) {
        return count("select count(a) from Article a join a.tagIds t where t = ?1", tagId);
    }

    /** Ids of the articles an account wrote or whose author profile it writes as. */
    List<Long> findIdsOwnedBy(long accountId, Long authorId) {
        return getEntityManager()
                .createQuery(
                        "select distinct a.id from Article a left join a.authorIds au "
                                + "where a.createdBy = :me or au = :author",
                        Long.class)
                .setParameter("me", accountId)
                .setParameter("author", authorId == null ? -1L : authorId)
                .getResultList();
    }

    /** With one category, its column first, so that H2 reads (category, public_from desc, id desc) in order. */
    private static String orderBy(ArticleFilter filter) {
        boolean oneCategory =
                filter.categoryIds() != null && filter.categoryIds().size() == 1;
        if (oneCategory && filter.sort() == ArticleSort.NEWEST) {
            return "a.categoryId, " + filter.sort().orderBy;
        }
        if (oneCategory && filter.sort() == ArticleSort.OLDEST) {
            return "a.categoryId desc, " + filter.sort().orderBy;
        }
        return filter.sort().orderBy;
    }

    private static JpqlFilter visible(ArticleFilter filter, OffsetDateTime now) {
        JpqlFilter where = JpqlFilter.where(VISIBLE).param("now", now);
        if (filter.categoryIds() != null) {
            where.and("a.categoryId in :categories", "categories", filter.categoryIds());
        }
        // A semi-join that starts from the tag's rows: 2.3 times the throughput of a correlated EXISTS on 2,000
        // articles (src/test/bench/wrk.sh).
        for (int i = 0; i < filter.tagIds().size(); i++) {
            where.and(
                    "a.id in (select ta" + i + ".id from Article ta" + i + " join ta" + i + ".tagIds t" + i + " where t"
                            + i + " = :tag" + i + ")",
                    "tag" + i,
                    filter.tagIds().get(i));
        }
        if (filter.authorId() != null) {
            where.and(
                    "a.id in (select aa.id from Article aa join aa.authorIds au where au = :author)",
                    "author",
                    filter.authorId());
        }
        if (filter.lang() != null) {
            // "ar" also matches regional variants such as "ar-EG".
            where.and("(a.lang = :lang or a.lang like :langPrefix)", "lang", filter.lang())
                    .param("langPrefix", filter.lang() + "-%");
        }
        if (filter.from() != null) {
            where.and("a.publicFrom >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("a.publicFrom < :to", "to", filter.to());
        }
        return where;
    }

    Optional<Long> findIdByExternalId(String externalId) {
        return getEntityManager()
                .createQuery("select a.id from Article a where a.externalId = :externalId", Long.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }
}
