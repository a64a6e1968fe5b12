package news.akhbar.comment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.article.CommentableArticles;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.text.Hashes;
import news.akhbar.common.text.Urls;

/**
 * The shape of comment threads: which comment may be replied to, which comments are public, and the article's count,
 * kept right in the transaction of every change.
 */
@ApplicationScoped
class CommentTree {

    static final int MAX_BODY = 5000;

    @Inject
    CommentRepository comments;

    @Inject
    CommentableArticles articles;

    @Inject
    CommentConfig config;

    /** A comment that may be replied to: approved, public, of this article, and not at the deepest level. */
    Comment replyTarget(long articleId, long parentId, String field) {
        Comment parent = comments.findById(parentId);
        if (parent == null || parent.articleId != articleId || !parent.visible) {
            throw ProblemException.invalidField(field, "no approved comment of this article has this id");
        }
        if (parent.depth >= config.maxDepth()) {
            throw ProblemException.invalidField(field, "replies nest at most " + config.maxDepth() + " levels deep");
        }
        return parent;
    }

    /** Places a new comment under its parent (or at the top). */
    static void attach(Comment comment, Comment parent) {
        comment.parent = parent;
        comment.rootId = parent == null ? null : parent.threadId();
        comment.depth = parent == null ? 1 : parent.depth + 1;
    }

    /**
     * Recomputes which comments of a thread are public (approved, under public comments only) and the article's
     * count, so that the count always agrees with the thread.
     */
    void refresh(long threadId, long articleId) {
        refreshVisibility(threadId);
        recount(articleId);
    }

    /** Which comments of a thread are public; the article's count is the caller's to redo. */
    void refreshVisibility(long threadId) {
        Map<Long, Boolean> visible = new HashMap<>();
        for (Comment c : comments.findThread(threadId)) {
            boolean shown = c.status == CommentStatus.APPROVED
                    && (c.parent == null || visible.getOrDefault(c.parent.id, false));
            visible.put(c.id, shown);
            c.visible = shown;
        }
        comments.flush();
    }

    void recount(long articleId) {
        articles.setCommentCount(articleId, comments.countVisible(articleId));
    }

    /** Trimmed, 1 to MAX_BODY characters (code points, so that Arabic and emoji count as people count). */
    static String checkedBody(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.codePointCount(0, body.length()) > MAX_BODY) {
            throw ProblemException.invalidField("body", "must be 1 to " + MAX_BODY + " characters");
        }
        return body;
    }

    /** A commenter's email as it is stored and compared: trimmed, lower case; null when there is none. */
    static String normalizedEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A commenter's website: http or https, or null when there is none. */
    static String checkedAuthorUrl(String url) {
        return url == null || url.isBlank() ? null : Urls.checkWebUrl("authorUrl", url);
    }

    /** The same words with other spacing or case are the same comment. */
    static String bodyHash(String body) {
        return Hashes.sha256Hex(body.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
