package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.AkhbarConfig;
import news.akhbar.common.BaseEntity;
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.ProblemException;
import news.akhbar.common.Slugs;

@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleBody body;

    @Inject
    ArticleService(ArticleRepository articles, AkhbarConfig config) {
        this.articles = articles;
        this.body = new ArticleBody(config.site().url(), config.site().articlePath());
    }

    @Transactional
    Paged<ArticleSummary> list(ArticleFilter filter, PageRequest page) {
        OffsetDateTime now = BaseEntity.now();
        long total = articles.countVisible(filter, now);
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<ArticleSummary> items = articles.findVisible(filter, page, now).stream()
                .map(ArticleSummary::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    public Paged<ArticleSummary> listByAuthor(String authorSlug, PageRequest page) {
        return list(ArticleFilter.byAuthor(authorSlug), page);
    }

    @Transactional
    ArticleResponse getPublished(String slug) {
        Article article = requireVisible(slug);
        articles.findWithAssociations(List.of(article.id));
        Set<String> linked = body.linkedSlugs(article.bodyHtml);
        Map<String, ArticleCard> cards = articles.findVisibleBySlugs(linked, BaseEntity.now()).stream()
                .collect(Collectors.toMap(a -> a.slug, ArticleCard::from));
        return ArticleResponse.from(article, body.blocks(article.bodyHtml, cards));
    }

    /** Pinned articles first, then those sharing the rarest tags, then the newest of the same category. */
    @Transactional
    RelatedList related(String slug, int limit) {
        OffsetDateTime now = BaseEntity.now();
        Article article = requireVisible(slug);
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
        if (chosen.size() < limit && !article.tags.isEmpty()) {
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
        if (chosen.size() < limit && article.primaryCategory != null) {
            for (Long id : articles.findVisibleIdsInCategory(
                    article.primaryCategory.id, excluded, limit - chosen.size(), now)) {
                chosen.add(id);
                reasons.put(id, RelatedArticle.Reason.sameCategory);
            }
        }
        List<RelatedArticle> items = articles.findWithAssociations(List.copyOf(chosen)).stream()
                .map(related -> new RelatedArticle(
                        reasons.get(related.id), sharedTags.get(related.id), ArticleSummary.from(related)))
                .toList();
        return new RelatedList(items);
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
        Map<String, Long> tagIds = article.tags.stream().collect(Collectors.toMap(tag -> tag.slug, tag -> tag.id));
        Long categoryId = article.primaryCategory == null ? null : article.primaryCategory.id;
        Map<Long, TagMatch> matches = new HashMap<>();
        for (Object[] row : articles.findVisibleSharingTags(article.id, tagIds.values(), now)) {
            Long id = (Long) row[0];
            if (!excluded.contains(id)) {
                matches.computeIfAbsent(
                                id,
                                key -> new TagMatch(
                                        key, (OffsetDateTime) row[1], categoryId != null && categoryId.equals(row[2])))
                        .tagSlugs
                        .add((String) row[3]);
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        double total = articles.countVisible(now);
        Map<Long, Long> frequency = articles.countVisibleWithTags(tagIds.values(), now);
        for (TagMatch match : matches.values()) {
            for (String tagSlug : match.tagSlugs) {
                match.score += Math.log(1 + total / frequency.getOrDefault(tagIds.get(tagSlug), 1L));
            }
        }
        return matches.values().stream()
                .sorted(Comparator.comparingDouble((TagMatch match) -> -match.score)
                        .thenComparing(match -> !match.sameCategory)
                        .thenComparing(match -> match.publishedAt, Comparator.reverseOrder())
                        .thenComparing(match -> -match.id))
                .toList();
    }

    /** A public article, for features that hang content under it (comments); empty when it is not public. */
    @Transactional
    public java.util.Optional<Article> findPublic(String slug) {
        return java.util.Optional.ofNullable(articles.findVisibleBySlug(Slugs.normalize(slug), BaseEntity.now()));
    }

    /**
     * Stores the comment count. A bulk update on purpose: it does not touch the article's version, so a comment
     * never invalidates an editor's ETag.
     */
    @Transactional
    public void setCommentCount(long articleId, long count) {
        articles.update("commentCount = ?1 where id = ?2", (int) count, articleId);
    }

    /** Whether an actor may moderate the comments of an article: editors everywhere, authors on their own. */
    @Transactional
    public boolean isOwnedBy(long articleId, news.akhbar.common.Actor actor) {
        Article article = articles.findById(articleId);
        if (article == null) {
            return false;
        }
        boolean wrote = article.createdBy != null && article.createdBy.id == actor.accountId();
        return wrote
                || actor.authorId() != null && article.authors.stream().anyMatch(a -> a.id.equals(actor.authorId()));
    }

    /** Articles in any status that name this author, so that deleting it would orphan them. */
    @Transactional
    public long countUsingAuthor(long authorId) {
        return articles.countWithAuthor(authorId);
    }

    @Transactional
    public long countUsingCategory(long categoryId) {
        return articles.countInCategory(categoryId);
    }

    @Transactional
    public long countUsingTag(long tagId) {
        return articles.countWithTag(tagId);
    }

    /** True when no article exists at all, in any status. */
    @Transactional
    public boolean isEmpty() {
        return articles.count() == 0;
    }

    /** Published article counts per author id, for author lists and the author box. */
    @Transactional
    public Map<Long, Long> publishedCountsByAuthor() {
        return articles.countVisibleByAuthor(BaseEntity.now());
    }

    /** Published article counts per category id (each category on its own, without its sub-categories). */
    @Transactional
    public Map<Long, Long> publishedCountsByCategory() {
        return articles.countVisibleByCategory(BaseEntity.now());
    }

    @Transactional
    public Map<Long, Long> publishedCountsByTag() {
        return articles.countVisibleByTag(BaseEntity.now());
    }

    /** The current slug of a public article that used to have {@code slug}, if any. */
    @Transactional
    java.util.Optional<String> movedTo(String slug) {
        SlugRedirect redirect = SlugRedirect.findById(Slugs.normalize(slug));
        return redirect != null && redirect.article.isPublicAt(BaseEntity.now())
                ? java.util.Optional.of(redirect.article.slug)
                : java.util.Optional.empty();
    }

    private Article requireVisible(String slug) {
        Article article = articles.findVisibleBySlug(Slugs.normalize(slug), BaseEntity.now());
        if (article == null) {
            throw ProblemException.notFound("No published article has the slug '" + slug + "'.");
        }
        return article;
    }
}
