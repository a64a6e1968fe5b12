package news.akhbar.comment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.article.CommentableArticles;
import news.akhbar.common.problem.ProblemException;

/**
 * Comments from another system, by their id there. The article counts are redone once per batch by the caller
 * ({@link #recount}), not once per comment: an export holds thousands of comments of the same few articles.
 */
@ApplicationScoped
public class CommentImports {

    @Inject
    CommentRepository comments;

    @Inject
    CommentableArticles articles;

    @Inject
    CommentTree tree;

    @Inject
    CommentConfig config;

    /** What one imported comment changed: whether it was new, and whose count to redo. */
    public record Imported(boolean created, long articleId) {}

    /**
     * Creates or updates the comment with this external id. A new reply deeper than {@code akhbar.comments.max-depth}
     * goes under its deepest ancestor that may take it, so that no comment of an export is lost; an existing comment
     * keeps its place in the thread.
     */
    @Transactional
    public Imported upsert(CommentImport request) {
        return upsert(request, null);
    }

    /** The same for a WordPress comment, which keeps its WordPress id. */
    @Transactional
    public Imported upsert(CommentImport request, Long wpId) {
        long articleId = articles.findIdByExternalId(request.article().strip())
                .orElseThrow(() -> ProblemException.invalidField(
                        "article", "no imported article has the externalId '" + request.article() + "'"));
        Comment comment = comments.findByExternalId(request.externalId()).orElse(null);
        boolean created = comment == null;
        if (!created && comment.articleId != articleId) {
            throw ProblemException.invalidField("article", "this comment was imported under another article");
        }
        CommentStatus oldStatus = created ? null : comment.status;
        if (created) {
            comment = new Comment();
            comment.externalId = request.externalId().strip();
            comment.wpId = wpId;
            comment.articleId = articleId;
            CommentTree.attach(comment, parent(request.parent(), articleId));
            comment.createdAt = request.createdAt();
        }
        comment.body = CommentTree.checkedBody(request.body());
        comment.bodyHash = CommentTree.bodyHash(comment.body);
        comment.authorName = request.authorName().strip();
        comment.authorEmail = CommentTree.normalizedEmail(request.authorEmail());
        comment.authorUrl = CommentTree.checkedAuthorUrl(request.authorUrl());
        comment.status = request.status() == null ? CommentStatus.APPROVED : request.status();
        if (created) {
            comment.visible =
                    comment.status == CommentStatus.APPROVED && (comment.parent == null || comment.parent.visible);
            comments.persist(comment);
        } else if (comment.status != oldStatus) {
            comments.flush();
            tree.refreshVisibility(comment.threadId());
        }
        return new Imported(created, articleId);
    }

    /** Redoes the comment counts of these articles, after a batch. */
    @Transactional
    public void recount(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        articleIds.forEach(id -> counts.put(id, 0L));
        counts.putAll(comments.countVisibleByArticle(articleIds));
        articles.setCommentCounts(counts);
    }

    private Comment parent(String externalId, long articleId) {
        if (externalId == null || externalId.isBlank()) {
            return null;
        }
        Comment parent = comments.findByExternalId(externalId).orElse(null);
        if (parent == null || parent.articleId != articleId) {
            throw ProblemException.invalidField(
                    "parent", "no comment of this article imported before it has the externalId '" + externalId + "'");
        }
        while (parent.depth >= config.maxDepth()) {
            parent = parent.parent;
        }
        return parent;
    }
}
