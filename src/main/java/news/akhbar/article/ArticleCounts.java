package news.akhbar.article;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.author.AuthorArticleCounts;
import news.akhbar.common.cache.TtlCache;
import news.akhbar.common.http.CacheConfig;
import news.akhbar.common.time.Times;
import news.akhbar.taxonomy.CategoryArticleCounts;
import news.akhbar.taxonomy.TagArticleCounts;

/**
 * The article counts that authors, categories and tags show, through the interfaces those features own. Published
 * counts go over the whole archive, so each instance reuses them for {@code akhbar.cache.counts-ttl}: a list of
 * categories or tags costs a GROUP BY once a minute, not once a request. "In use" counts are always exact.
 */
@ApplicationScoped
class ArticleCounts implements AuthorArticleCounts, CategoryArticleCounts, TagArticleCounts {

    private enum Scope {
        AUTHORS,
        TAGS,
        ALL
    }

    @Inject
    ArticleRepository articles;

    @Inject
    CacheConfig cache;

    @Inject
    Clock clock;

    private TtlCache<Scope, Map<Long, Long>> counts;
    private TtlCache<Set<Long>, Map<Long, Long>> byCategory;

    @PostConstruct
    void init() {
        counts = new TtlCache<>(clock, cache.countsTtl());
        byCategory = new TtlCache<>(clock, cache.countsTtl());
    }

    @Override
    @Transactional
    public Map<Long, Long> publishedByAuthor(Collection<Long> authorIds) {
        return subset(counts.get(Scope.AUTHORS, scope -> articles.countVisibleByAuthor(Times.now(clock))), authorIds);
    }

    @Override
    @Transactional
    public long naming(long authorId) {
        return articles.countNamingAuthor(authorId);
    }

    @Override
    @Transactional
    public Map<Long, Long> publishedByCategory(Collection<Long> categoryIds) {
        return byCategory.get(Set.copyOf(categoryIds), ids -> articles.countVisibleByCategory(ids, Times.now(clock)));
    }

    @Override
    @Transactional
    public long inCategory(long categoryId) {
        return articles.countInCategory(categoryId);
    }

    @Override
    @Transactional
    public Map<Long, Long> publishedByTag(Collection<Long> tagIds) {
        return subset(publishedByTag(), tagIds);
    }

    @Override
    @Transactional
    public long withTag(long tagId) {
        return articles.countWithTag(tagId);
    }

    /** Every tag's published article count: the weights of related articles (rarer tags weigh more). */
    Map<Long, Long> publishedByTag() {
        return counts.get(Scope.TAGS, scope -> articles.countVisibleByTag(Times.now(clock)));
    }

    long published() {
        return counts.get(Scope.ALL, scope -> Map.of(0L, articles.countVisible(Times.now(clock))))
                .get(0L);
    }

    private static Map<Long, Long> subset(Map<Long, Long> all, Collection<Long> ids) {
        Map<Long, Long> subset = new HashMap<>();
        for (Long id : ids) {
            Long count = all.get(id);
            if (count != null) {
                subset.put(id, count);
            }
        }
        return subset;
    }
}
