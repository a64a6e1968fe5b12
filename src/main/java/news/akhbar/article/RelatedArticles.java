package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.text.Slugs;
import news.akhbar.common.time.Times;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/** The "related articles" block: pinned ones first, then those sharing the rarest tags, then the same category. */
@ApplicationScoped
class RelatedArticles {

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleViews views;

    @Inject
    TagService tags;

    @Inject
    Clock clock;

    /** Empty when no public article has the slug. */
    @Transactional
    Optional<RelatedList> of(String slug, int limit) {
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
        if (chosen.size() < limit && article.categoryId != null) {
            for (Long id :
                    articles.findVisibleIdsInCategory(article.categoryId, excluded, limit - chosen.size(), now)) {
                chosen.add(id);
                reasons.put(id, RelatedArticle.Reason.sameCategory);
            }
        }
        List<Article> related = articles.findWithAssociations(List.copyOf(chosen));
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

    /** Candidates sharing tags, scored by inverse document frequency: a rare tag says more than a common one. */
    private List<TagMatch> rankBySharedTags(Article article, Set<Long> excluded, OffsetDateTime now) {
        Map<Long, TagRef> tagRefs = tags.refs(article.tagIds);
        Map<Long, TagMatch> matches = new HashMap<>();
        for (Object[] row : articles.findVisibleSharingTags(article.id, article.tagIds, now)) {
            Long id = (Long) row[0];
            if (!excluded.contains(id)) {
                matches.computeIfAbsent(
                                id,
                                key -> new TagMatch(
                                        key,
                                        (OffsetDateTime) row[1],
                                        article.categoryId != null && article.categoryId.equals(row[2])))
                        .tagSlugs
                        .add(tagRefs.get((Long) row[3]).slug());
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<String, Long> idsBySlug = new HashMap<>();
        tagRefs.forEach((id, ref) -> idsBySlug.put(ref.slug(), id));
        double total = articles.countVisible(now);
        Map<Long, Long> frequency = articles.countVisibleByTag(article.tagIds, now);
        for (TagMatch match : matches.values()) {
            for (String tagSlug : match.tagSlugs) {
                match.score += Math.log(1 + total / frequency.getOrDefault(idsBySlug.get(tagSlug), 1L));
            }
        }
        return matches.values().stream()
                .sorted(Comparator.comparingDouble((TagMatch match) -> -match.score)
                        .thenComparing(match -> !match.sameCategory)
                        .thenComparing(match -> match.publishedAt, Comparator.reverseOrder())
                        .thenComparing(match -> -match.id))
                .toList();
    }
}
