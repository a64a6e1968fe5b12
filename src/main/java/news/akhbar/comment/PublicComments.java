package news.akhbar.comment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import news.akhbar.common.content.PublicNumbers;
import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.problem.Problem;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/**
 * Comments as numeric-id APIs (the WordPress-compatible one) read and post them: flat, by {@link PublicNumbers
 * number}, never with the commenter's email.
 */
@ApplicationScoped
public class PublicComments {

    /** {@code approved} false: stored, waiting for a moderator (only the poster is ever told of it). */
    public record Entry(
            long number,
            long parentNumber,
            long articleId,
            String authorName,
            String authorUrl,
            String bodyHtml,
            OffsetDateTime createdAt,
            boolean approved) {

        static Entry from(Comment comment) {
            return new Entry(
                    PublicNumbers.of(comment.wpId, comment.id),
                    comment.parent == null ? 0 : PublicNumbers.of(comment.parent.wpId, comment.parent.id),
                    comment.articleId,
                    comment.authorName,
                    comment.authorUrl,
                    PlainText.toHtml(comment.body),
                    comment.createdAt,
                    comment.visible);
        }
    }

    public record Listed(long total, List<Entry> entries) {}

    @Inject
    CommentRepository comments;

    @Inject
    CommentPosting posting;

    @Inject
    Validator validator;

    /**
     * Public comments of the given articles (null: of every article), oldest or newest first; {@code parentNumber}
     * 0 for top-level ones only, null for all.
     */
    @Transactional
    public Listed visible(Set<Long> articleIds, Long parentNumber, boolean ascending, int offset, int limit) {
        ReadOnly.session(comments.getEntityManager());
        if (articleIds != null && articleIds.isEmpty()) {
            return new Listed(0, List.of());
        }
        StringBuilder where = new StringBuilder("c.visible = true");
        Map<String, Object> params = new HashMap<>();
        if (articleIds != null) {
            where.append(" and c.articleId in :articles");
            params.put("articles", articleIds);
        }
        if (parentNumber != null && parentNumber == 0) {
            where.append(" and c.parent is null");
        } else if (parentNumber != null) {
            where.append(" and c.parent.id = :parent");
            params.put("parent", parentId(parentNumber));
        }
        String direction = ascending ? " asc" : " desc";
        var em = comments.getEntityManager();
        var page = em.createQuery(
                        "select c from Comment c left join fetch c.parent where " + where + " order by c.createdAt"
                                + direction + ", c.id" + direction,
                        Comment.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        var count = em.createQuery("select count(c) from Comment c where " + where, Long.class);
        params.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Entry> entries = new ArrayList<>();
        for (Comment comment : page.getResultList()) {
            entries.add(Entry.from(comment));
        }
        return new Listed(entries.isEmpty() && offset == 0 ? 0 : count.getSingleResult(), entries);
    }

    /** A public comment by number; empty when there is none or it is not shown. */
    @Transactional
    public Optional<Entry> visibleByNumber(long number) {
        ReadOnly.session(comments.getEntityManager());
        return comments.getEntityManager()
                .createQuery(
                        "select c from Comment c left join fetch c.parent where c.visible = true and c.id = :id",
                        Comment.class)
                .setParameter("id", parentId(number))
                .getResultStream()
                .findFirst()
                .map(Entry::from);
    }

    /**
     * Posts a reader's comment on a public article under the same rules as the native API (closed, duplicates, rate
     * limits, moderation): those raise their usual problems.
     */
    @Transactional
    public Entry post(
            String articleSlug,
            String authorName,
            String authorEmail,
            String authorUrl,
            String content,
            long parentNumber,
            String clientAddress) {
        Long parentId = parentNumber == 0 ? null : parentId(parentNumber);
        var request = new CommentDtos.CommentRequest(content, authorName, authorEmail, authorUrl, parentId, null);
        Set<ConstraintViolation<CommentDtos.CommentRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The comment is not valid.",
                    violations.stream()
                            .map(v ->
                                    new Problem.InvalidParam(v.getPropertyPath().toString(), "body", v.getMessage()))
                            .toList());
        }
        CommentPosting.Posted posted = posting.post(articleSlug, request, null, clientAddress);
        return Entry.from(comments.findById(posted.commentId()));
    }

    /**
     * The database id of the comment with this number, or -1 (an id no comment has): a WordPress id or an offset id,
     * each looked up on its own index (an OR of the two would scan the table).
     */
    private long parentId(long number) {
        long local = PublicNumbers.localId(number);
        var query = local > 0
                ? comments.getEntityManager()
                        .createQuery("select c.id from Comment c where c.id = :id and c.wpId is null", Long.class)
                        .setParameter("id", local)
                : comments.getEntityManager()
                        .createQuery("select c.id from Comment c where c.wpId = :n", Long.class)
                        .setParameter("n", number);
        return query.getResultStream().findFirst().orElse(-1L);
    }
}
