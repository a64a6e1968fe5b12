package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
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
            for (TagMatch match : rankBySharedTags(article, excluded, limit - chosen.size(), now)) {
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
     * candidates are the newest {@value #CANDIDATES_PER_TAG} public articles of each tag (one index range of the
     * tag links each, which carry their category: no article row is read), so the cost does not grow with the
     * archive; the weights come from counts reused for {@code akhbar.cache.counts-ttl}.
     */
    private List<TagMatch> rankBySharedTags(Article article, Set<Long> excluded, int limit, OffsetDateTime now) {
        Map<Long, TagRef> tagRefs = tags.refs(article.tagIds);
        Map<Long, TagMatch> byId = new HashMap<>();
        double total = Math.max(1, counts.published());
        Map<Long, Long> frequency = counts.publishedByTag();
        for (Long tagId : article.tagIds) {
            double weight = Math.log(1 + total / Math.max(1, frequency.getOrDefault(tagId, 1L)));
            String tagSlug = tagRefs.get(tagId).slug();
            for (ArticleRepository.Relatable candidate :
                    articles.findNewestRelatableWithTag(tagId, CANDIDATES_PER_TAG, now)) {
                if (excluded.contains(candidate.id())) {
                    continue;
                }
                TagMatch match = byId.computeIfAbsent(
                        candidate.id(),
                        id -> new TagMatch(
                                id,
                                candidate.publishedAt(),
                                article.categoryId != null && article.categoryId.equals(candidate.categoryId())));
                match.tagSlugs.add(tagSlug);
                match.score += weight;
            }
        }
        // The best few of several hundred candidates: a heap of that many, worst on top, instead of sorting them all.
        PriorityQueue<TagMatch> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (TagMatch match : byId.values()) {
            best.add(match);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<TagMatch> ranked = new ArrayList<>(best);
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static final Comparator<TagMatch> BEST_FIRST = Comparator.comparingDouble((TagMatch match) -> -match.score)
            .thenComparing(match -> !match.sameCategory)
            .thenComparing(match -> match.publishedAt, Comparator.reverseOrder())
            .thenComparing(match -> -match.id);
}
