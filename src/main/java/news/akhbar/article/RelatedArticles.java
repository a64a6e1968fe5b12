package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.time.Times;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/**
 * The "related articles" block: pinned ones first, then those sharing the rarest tags, then those whose text is most
 * alike, then the same category.
 */
@ApplicationScoped
class RelatedArticles {

    static final int CANDIDATES_PER_TAG = 200;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleViews views;

    @Inject
    TagService tags;

    @Inject
    ArticleCounts counts;

    @Inject
    Clock clock;

    // The search feature's index; absent, related articles go without text similarity.
    @Inject
    Instance<SimilarArticles> similar;

    /** Empty when no public article has the slug. */
    @Transactional
    Optional<RelatedList> of(String slug, int limit) {
        ReadOnly.session(articles.getEntityManager());
        OffsetDateTime now = Times.now(clock);
        Article article = articles.findVisibleBySlug(Slugs.normalize(slug), now);
        if (article == null) {
            return Optional.empty();
        }
        Map<Long, RelatedArticle.Reason> reasons = new HashMap<>();
        Map<Long, List<String>> sharedTags = new HashMap<>();
        Set<Long> chosen = new LinkedHashSet<>();
        Set<Long> excluded = new TreeSet<>(List.of(article.id));

        for (Article pinned : article.pinnedRelated) {
            if (chosen.size() < limit
                    && pinned.isPublicAt(now)
                    && !pinned.excludeFromRelated
                    && excluded.add(pinned.id)) {
                chosen.add(pinned.id);
                reasons.put(pinned.id, RelatedArticle.Reason.pinned);
            }
        }
        if (chosen.size() < limit && !article.tagIds.isEmpty()) {
            for (TagMatch match : rankBySharedTags(article, excluded, now)) {
                if (chosen.size() == limit) {
                    break;
                }
                chosen.add(match.id);
                excluded.add(match.id);
                reasons.put(match.id, RelatedArticle.Reason.sharedTags);
                sharedTags.put(match.id, List.copyOf(match.tagSlugs));
            }
        }
        if (chosen.size() < limit && similar.isResolvable()) {
            for (Long id : similar.get()
                    .similarTo(article.lang, article.title, article.bodyText, excluded, limit - chosen.size())) {
                chosen.add(id);
                excluded.add(id);
                reasons.put(id, RelatedArticle.Reason.similarText);
            }
        }
        if (chosen.size() < limit && article.categoryId != null) {
            for (Long id :
                    articles.findVisibleIdsInCategory(article.categoryId, excluded, limit - chosen.size(), now)) {
                chosen.add(id);
                reasons.put(id, RelatedArticle.Reason.sameCategory);
            }
        }
        // The search index may lag behind the database: what it found is shown only if public now.
        List<Article> related = articles.findWithAssociations(List.copyOf(chosen)).stream()
                .filter(candidate -> candidate != null && candidate.isPublicAt(now))
                .toList();
        ArticleRefs refs = views.refs(related);
        return Optional.of(new RelatedList(related.stream()
                .map(r -> new RelatedArticle(reasons.get(r.id), sharedTags.get(r.id), ArticleSummary.from(r, refs)))
                .toList()));
    }

    private static final class TagMatch {
        final long id;
        final OffsetDateTime publishedAt;
        final boolean sameCategory;
        final Set<String> tagSlugs = new TreeSet<>();
        double score;

        TagMatch(long id, OffsetDateTime publishedAt, boolean sameCategory) {
            this.id = id;
            this.publishedAt = publishedAt;
            this.sameCategory = sameCategory;
        }
    }

    /**
     * Candidates sharing tags, scored by inverse document frequency: a rare tag says more than a common one. The
     * candidates are the newest {@value #CANDIDATES_PER_TAG} public articles of each tag (one index range each), so
     * the cost does not grow with the archive; the weights come from counts reused for {@code akhbar.cache.counts-ttl}.
     */
    private List<TagMatch> rankBySharedTags(Article article, Set<Long> excluded, OffsetDateTime now) {
        Map<Long, TagRef> tagRefs = tags.refs(article.tagIds);
        Map<Long, Set<Long>> sharedBy = new HashMap<>();
        for (Long tagId : article.tagIds) {
            for (Long id : articles.findNewestVisibleWithTag(tagId, CANDIDATES_PER_TAG, now)) {
                if (!excluded.contains(id)) {
                    sharedBy.computeIfAbsent(id, key -> new HashSet<>()).add(tagId);
                }
            }
        }
        if (sharedBy.isEmpty()) {
            return List.of();
        }
        double total = Math.max(1, counts.published());
        Map<Long, Long> frequency = counts.publishedByTag();
        List<TagMatch> matches = new ArrayList<>();
        for (Object[] row : articles.findRelatable(sharedBy.keySet())) {
            Long id = (Long) row[0];
            TagMatch match = new TagMatch(
                    id, (OffsetDateTime) row[1], article.categoryId != null && article.categoryId.equals(row[2]));
            for (Long tagId : sharedBy.get(id)) {
                match.tagSlugs.add(tagRefs.get(tagId).slug());
                match.score += Math.log(1 + total / Math.max(1, frequency.getOrDefault(tagId, 1L)));
            }
            matches.add(match);
        }
        return matches.stream()
                .sorted(Comparator.comparingDouble((TagMatch match) -> -match.score)
                        .thenComparing(match -> !match.sameCategory)
                        .thenComparing(match -> match.publishedAt, Comparator.reverseOrder())
                        .thenComparing(match -> -match.id))
                .toList();
    }
}
