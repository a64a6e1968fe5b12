package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import news.akhbar.common.SiteUrls;
import news.akhbar.common.content.Image;
import news.akhbar.common.content.PublicNumbers;
import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.time.Times;

/**
 * Public articles selected the way numeric-id APIs ask for them (the WordPress-compatible API): sets of numbers
 * ({@link PublicNumbers}), any-of filters on categories, tags and authors, several orders and offset paging. Two
 * statements for the ids and the count, then one per association for the page.
 */
@ApplicationScoped
public class ArticleQueries {

    public enum Order {
        DATE("a.publicFrom"),
        MODIFIED("a.updatedAt"),
        NUMBER("coalesce(a.wpId, a.id + " + PublicNumbers.OFFSET + ")"),
        TITLE("a.title"),
        SLUG("a.slug");

        private final String expression;

        Order(String expression) {
            this.expression = expression;
        }
    }

    /**
     * Null sets do not restrict; an empty one matches nothing. Category, tag and author sets match any of them;
     * {@code articleIds} are database ids (of search matches).
     */
    public record Criteria(
            Set<Long> numbers,
            Set<Long> excludedNumbers,
            Set<Long> categoryIds,
            Set<Long> tagIds,
            Set<Long> authorIds,
            Set<String> slugs,
            OffsetDateTime after,
            OffsetDateTime before,
            Order order,
            boolean ascending,
            Set<Long> articleIds,
            Set<Long> excludedCategoryIds,
            Set<Long> excludedTagIds) {}

    public record Selected(long total, List<Post> posts) {}

    /** A public article with the ids of what it refers to, for an API that names them by number. */
    public record Post(
            long id,
            long number,
            String slug,
            String title,
            String excerpt,
            String html,
            String lang,
            String url,
            OffsetDateTime publishedAt,
            OffsetDateTime updatedAt,
            List<Long> authorIds,
            Long categoryId,
            List<Long> tagIds,
            Image featuredImage,
            boolean commentsOpen) {

        static Post from(Article article, SiteUrls site) {
            return new Post(
                    article.id,
                    PublicNumbers.of(article.wpId, article.id),
                    article.slug,
                    article.title,
                    article.excerpt,
                    article.bodyHtml,
                    article.lang,
                    site.article(article.slug),
                    article.publishedAt,
                    article.updatedAt,
                    List.copyOf(article.authorIds),
                    article.categoryId,
                    article.tagIds.stream().sorted().toList(),
                    ArticleRefs.image(article.featuredImage),
                    article.commentsOpen);
        }
    }

    @Inject
    ArticleRepository articles;

    @Inject
    SiteUrls site;

    @Inject
    Clock clock;

    /** One page in the criteria's order (ties broken by id), and how many match in all. */
    @Transactional
    public Selected select(Criteria criteria, int offset, int limit) {
        ReadOnly.session(articles.getEntityManager());
        Where where = where(criteria);
        if (where == null) {
            return new Selected(0, List.of());
        }
        String direction = criteria.ascending() ? " asc" : " desc";
        List<Long> ids = where.bind(articles.getEntityManager()
                        .createQuery(
                                "select a.id from Article a where " + where.jpql + " order by "
                                        + criteria.order().expression + direction + ", a.id" + direction,
                                Long.class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        long total = ids.isEmpty() && offset == 0
                ? 0
                : where.bind(articles.getEntityManager()
                                .createQuery("select count(a) from Article a where " + where.jpql, Long.class))
                        .getSingleResult();
        return new Selected(total, load(ids));
    }

    /**
     * The number of every match by database id, in no order: for a caller that orders them itself (by search
     * relevance, with {@code articleIds} bounding the set).
     */
    @Transactional
    public Map<Long, Long> matching(Criteria criteria) {
        ReadOnly.session(articles.getEntityManager());
        Where where = where(criteria);
        if (where == null) {
            return Map.of();
        }
        Map<Long, Long> numbers = new HashMap<>();
        for (Object[] row : where.bind(articles.getEntityManager()
                        .createQuery(
                                "select a.id, " + Order.NUMBER.expression + " from Article a where " + where.jpql,
                                Object[].class))
                .getResultList()) {
            numbers.put((Long) row[0], (Long) row[1]);
        }
        return numbers;
    }

    /** Public articles by number, in the order of {@code numbers}; one that is not public is left out. */
    @Transactional
    public List<Post> byNumbers(List<Long> numbers) {
        ReadOnly.session(articles.getEntityManager());
        if (numbers.isEmpty()) {
            return List.of();
        }
        Criteria criteria = new Criteria(
                Set.copyOf(numbers), null, null, null, null, null, null, null, Order.DATE, false, null, null, null);
        Where where = where(criteria);
        if (where == null) {
            return List.of();
        }
        List<Article> found = where.bind(articles.getEntityManager()
                        .createQuery("select a from Article a where " + where.jpql, Article.class))
                .getResultList();
        Map<Long, Long> idsByNumber =
                found.stream().collect(Collectors.toMap(a -> PublicNumbers.of(a.wpId, a.id), a -> a.id));
        return load(numbers.stream()
                .map(idsByNumber::get)
                .filter(id -> id != null)
                .distinct()
                .toList());
    }

    /** The public articles among {@code ids} (database ids), by id. */
    @Transactional
    public Map<Long, Post> publicByIds(Collection<Long> ids) {
        ReadOnly.session(articles.getEntityManager());
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> visible = articles.getEntityManager()
                .createQuery("select a.id from Article a where a.id in :ids and a.publicFrom <= :now", Long.class)
                .setParameter("ids", ids)
                .setParameter("now", Times.now(clock))
                .getResultList();
        Map<Long, Post> byId = new HashMap<>();
        for (Article article : articles.findWithAssociations(visible)) {
            byId.put(article.id, Post.from(article, site));
        }
        return byId;
    }

    /**
     * The slug an article is public under now, for a slug it has or had (a renamed article keeps its old links).
     */
    @Transactional
    public Optional<String> currentSlug(String slug) {
        ReadOnly.session(articles.getEntityManager());
        OffsetDateTime now = Times.now(clock);
        String normalized = Slugs.normalize(slug);
        Article article = articles.findVisibleBySlug(normalized, now);
        if (article != null) {
            return Optional.of(article.slug);
        }
        SlugRedirect redirect = SlugRedirect.findById(normalized);
        return redirect != null && redirect.article.isPublicAt(now)
                ? Optional.of(redirect.article.slug)
                : Optional.empty();
    }

    private List<Post> load(List<Long> ids) {
        return articles.findWithAssociations(ids).stream()
                .map(article -> Post.from(article, site))
                .toList();
    }

    private Where where(Criteria c) {
        Where where = new Where("a.publicFrom <= :now", "now", Times.now(clock));
        if (c.numbers() != null) {
            if (c.numbers().isEmpty()) {
                return null;
            }
            Set<Long> ids = idsOf(c.numbers());
            if (ids.isEmpty()) {
                return null;
            }
            where.and("a.id in :numbered", "numbered", ids);
        }
        if (c.articleIds() != null) {
            if (c.articleIds().isEmpty()) {
                return null;
            }
            where.and("a.id in :articleIds", "articleIds", c.articleIds());
        }
        if (c.excludedNumbers() != null && !c.excludedNumbers().isEmpty()) {
            Set<Long> ids = idsOf(c.excludedNumbers());
            if (!ids.isEmpty()) {
                where.and("a.id not in :excluded", "excluded", ids);
            }
        }
        if (c.categoryIds() != null) {
            if (c.categoryIds().isEmpty()) {
                return null;
            }
            where.and("a.categoryId in :categories", "categories", c.categoryIds());
        }
        if (c.excludedCategoryIds() != null && !c.excludedCategoryIds().isEmpty()) {
            where.and(
                    "(a.categoryId is null or a.categoryId not in :excludedCategories)",
                    "excludedCategories",
                    c.excludedCategoryIds());
        }
        if (c.excludedTagIds() != null && !c.excludedTagIds().isEmpty()) {
            where.and(
                    "a.id not in (select xt.id from Article xt join xt.tagIds xtag where xtag in :excludedTags)",
                    "excludedTags",
                    c.excludedTagIds());
        }
        if (c.tagIds() != null) {
            if (c.tagIds().isEmpty()) {
                return null;
            }
            where.and("a.id in (select t.id from Article t join t.tagIds tag where tag in :tags)", "tags", c.tagIds());
        }
        if (c.authorIds() != null) {
            if (c.authorIds().isEmpty()) {
                return null;
            }
            where.and(
                    "a.id in (select w.id from Article w join w.authorIds author where author in :authors)",
                    "authors",
                    c.authorIds());
        }
        if (c.slugs() != null) {
            if (c.slugs().isEmpty()) {
                return null;
            }
            where.and(
                    "a.slug in :slugs",
                    "slugs",
                    c.slugs().stream().map(Slugs::normalize).collect(Collectors.toSet()));
        }
        if (c.after() != null) {
            where.and("a.publicFrom > :after", "after", c.after());
        }
        if (c.before() != null) {
            where.and("a.publicFrom < :before", "before", c.before());
        }
        return where;
    }

    /**
     * The database ids of the articles with these numbers: an imported article answers to its WordPress id only, one
     * created here to its offset id. Two lookups, each on a unique index; one query with an OR of the two would scan
     * the table.
     */
    private Set<Long> idsOf(Set<Long> numbers) {
        PublicNumbers.Split split = PublicNumbers.split(numbers);
        List<Long> wpIds = split.wpIds();
        List<Long> local = split.localIds();
        Set<Long> ids = new HashSet<>();
        if (!wpIds.isEmpty()) {
            ids.addAll(articles.getEntityManager()
                    .createQuery("select a.id from Article a where a.wpId in :wpIds", Long.class)
                    .setParameter("wpIds", wpIds)
                    .getResultList());
        }
        if (!local.isEmpty()) {
            ids.addAll(articles.getEntityManager()
                    .createQuery("select a.id from Article a where a.id in :local and a.wpId is null", Long.class)
                    .setParameter("local", local)
                    .getResultList());
        }
        return ids;
    }

    private static final class Where {
        private final StringBuilder jpql = new StringBuilder();
        private final Map<String, Object> params = new HashMap<>();

        Where(String clause, String name, Object value) {
            jpql.append(clause);
            params.put(name, value);
        }

        Where and(String clause, String name, Object value) {
            jpql.append(" and ").append(clause);
            return param(name, value);
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
