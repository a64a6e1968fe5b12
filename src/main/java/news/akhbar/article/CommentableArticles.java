package news.akhbar.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.cache.CacheInvalidations;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.security.Actor;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.time.Times;

/** What the comment feature needs of articles: which are public, who owns them, and their comment count. */
@ApplicationScoped
public class CommentableArticles {

    @Inject
    ArticleRepository articles;

    @Inject
    Clock clock;

    @Inject
    CacheInvalidations invalidations;

    @Inject
    PublicChanges publicChanges;

    /** A public article, by slug as a client sends it; empty when it is not public. */
    @Transactional
    public Optional<PublicArticle> findPublic(String slug) {
        return Optional.ofNullable(articles.findVisibleBySlug(Slugs.normalize(slug), Times.now(clock)))
                .map(PublicArticle::from);
    }

    /** The id of an article in any status, by slug. */
    @Transactional
    public Optional<Long> findId(String slug) {
        return articles.find("slug", Slugs.normalize(slug))
                .firstResultOptional()
                .map(a -> a.id);
    }

    /** The id of an imported article, by the id it has in the system it came from. */
    @Transactional
    public Optional<Long> findIdByExternalId(String externalId) {
        return articles.findIdByExternalId(externalId);
    }

    @Transactional
    public Optional<PublicArticle> findAny(long id) {
        return articles.findByIdOptional(id).map(PublicArticle::from);
    }

    @Transactional
    public Map<Long, String> slugs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, a -> a.slug));
    }

    /** Whether an actor may moderate the comments of an article: editors everywhere, authors on their own. */
    @Transactional
    public boolean isOwnedBy(long articleId, Actor actor) {
        return articles.findByIdOptional(articleId).map(a -> a.isOwnedBy(actor)).orElse(false);
    }

    /** Ids of the articles an author owns (created by them, or naming their author profile). */
    @Transactional
    public List<Long> ownedIds(Actor actor) {
        return articles.findIdsOwnedBy(actor.accountId(), actor.authorId());
    }

    /**
     * Stores the comment count. A bulk update on purpose: it does not touch the article's version, so a comment
     * never invalidates an editor's ETag.
     */
    @Transactional
    public void setCommentCount(long articleId, long count) {
        int changed = articles.update("commentCount = ?1 where id = ?2 and commentCount <> ?1", (int) count, articleId);
        String slug = slugs(List.of(articleId)).get(articleId);
        if (slug != null) {
            // The thread may have changed whatever the count; the article and the lists showing it only with it.
            invalidations.invalidate(CacheKeys.comments(slug), changed > 0 ? CacheKeys.article(slug) : null);
        }
        if (changed > 0) {
            publicChanges.commentsCounted(List.of(articleId));
        }
    }

    /**
     * Stores the comment counts of many articles at once, for an import: like {@link #setCommentCount}, but every
     * cached response goes once instead of each article's, as for the articles of an import.
     */
    @Transactional
    public void setCommentCounts(Map<Long, Long> counts) {
        List<Long> changed = new ArrayList<>();
        for (Map.Entry<Long, Long> count : counts.entrySet()) {
            if (articles.update(
                            "commentCount = ?1 where id = ?2 and commentCount <> ?1",
                            count.getValue().intValue(),
                            count.getKey())
                    > 0) {
                changed.add(count.getKey());
            }
        }
        publicChanges.commentsCounted(changed);
        if (!counts.isEmpty()) {
            // The threads changed whether or not a count did.
            invalidations.invalidate(CacheKeys.ALL);
        }
    }
}
