package news.akhbar.comment;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.article.CommentableArticles;
import news.akhbar.common.events.EventOutbox;

/** {@code comment.approved} for webhooks: what the public thread shows of it, never the e-mail or the address. */
@ApplicationScoped
class CommentEvents {

    record CommentEvent(long id, String articleSlug, Long parentId, String authorName, OffsetDateTime createdAt) {}

    @Inject
    EventOutbox events;

    @Inject
    CommentableArticles articles;

    /** After {@code comment} went from {@code before} (null: it is new) to its status now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(Comment comment, CommentStatus before) {
        if (comment.status != CommentStatus.APPROVED || before == CommentStatus.APPROVED) {
            return;
        }
        String slug = articles.slugs(List.of(comment.articleId)).get(comment.articleId);
        events.emit(
                EventOutbox.COMMENT_APPROVED,
                new CommentEvent(
                        comment.id,
                        slug,
                        comment.parent == null ? null : comment.parent.id,
                        comment.authorName,
                        comment.createdAt));
    }
}
