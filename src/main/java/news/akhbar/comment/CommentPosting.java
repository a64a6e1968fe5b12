package news.akhbar.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.akhbar.article.CommentableArticles;
import news.akhbar.article.PublicArticle;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.text.Hashes;
import news.akhbar.common.time.Times;

/** A reader posts a comment: the abuse rules, the decision to show or hold it, and safe retries. */
@ApplicationScoped
class CommentPosting {

    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    @Inject
    CommentRepository comments;

    @Inject
    IdempotencyRepository idempotency;

    @Inject
    CommentTree tree;

    @Inject
    CommentEvents events;

    @Inject
    CommentableArticles articles;

    @Inject
    AddressHasher addresses;

    @Inject
    CommentConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The outcome of a post: shown at once ({@code comment} set), or waiting for a moderator. */
    record Posted(long commentId, CommentDtos.CommentResponse comment) {
        boolean approved() {
            return comment != null;
        }
    }

    /**
     * Posts a reader's comment. Committed before the answer; a retry with the same Idempotency-Key gets the first
     * outcome again instead of a second comment.
     */
    @Transactional
    Posted post(String slug, CommentDtos.CommentRequest request, String idempotencyKey, String clientAddress) {
        PublicArticle article = articles.findPublic(slug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + slug + "'."));
        String requestHash = Hashes.sha256Hex(write(request));
        if (idempotencyKey != null) {
            var first = idempotency.find(article.id(), idempotencyKey);
            if (first.isPresent()) {
                return replay(first.get(), requestHash);
            }
        }
        checkOpen(article);
        String body = CommentTree.checkedBody(request.body());
        String email = CommentTree.normalizedEmail(request.authorEmail());
        String authorUrl = CommentTree.checkedAuthorUrl(request.authorUrl());
        Comment parent =
                request.parentId() == null ? null : tree.replyTarget(article.id(), request.parentId(), "parentId");

        OffsetDateTime now = Times.now(clock);
        String clientHash = addresses.hash(clientAddress);
        throttle(comments.recentFromAddress(clientHash, now.minus(RATE_WINDOW)), now);
        throttle(comments.recentFromEmail(email, now.minus(RATE_WINDOW)), now);
        String bodyHash = CommentTree.bodyHash(body);
        if (comments.isDuplicate(article.id(), email, bodyHash)) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_COMMENT, "You have already posted this comment on this article.");
        }

        Comment comment = new Comment();
        comment.articleId = article.id();
        CommentTree.attach(comment, parent);
        comment.body = body;
        comment.bodyHash = bodyHash;
        comment.authorName = request.authorName().strip();
        comment.authorEmail = email;
        comment.authorUrl = authorUrl;
        comment.clientHash = clientHash;
        comment.status = decide(request, body, email);
        comments.persist(comment);
        comments.flush();
        tree.refresh(comment.threadId(), article.id());
        events.changed(comment, null);

        Posted posted = comment.status == CommentStatus.APPROVED
                ? new Posted(comment.id, CommentDtos.CommentResponse.from(comment, article.lang()))
                : new Posted(comment.id, null);
        if (idempotencyKey != null) {
            remember(article.id(), idempotencyKey, requestHash, posted, now);
        }
        return posted;
    }

    /** Honeypot → spam (the sender is told "pending"); too many links → pending; a known email → approved. */
    private CommentStatus decide(CommentDtos.CommentRequest request, String body, String email) {
        if (request.fax() != null && !request.fax().isEmpty()) {
            return CommentStatus.SPAM;
        }
        if (LINK.matcher(body).results().count() > config.maxLinks()) {
            return CommentStatus.PENDING;
        }
        return config.autoApprove() && comments.hasApproved(email) ? CommentStatus.APPROVED : CommentStatus.PENDING;
    }

    private void remember(long articleId, String key, String requestHash, Posted posted, OffsetDateTime now) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = new IdempotencyRecord.Key(articleId, key);
        record.requestHash = requestHash;
        record.approved = posted.approved();
        record.responseBody = posted.approved()
                ? write(posted.comment())
                : write(new CommentDtos.CommentAccepted(posted.commentId(), "pending"));
        record.createdAt = now;
        idempotency.persist(record);
    }

    private Posted replay(IdempotencyRecord first, String requestHash) {
        if (!requestHash.equals(first.requestHash)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different comment; use a new key for a new comment.");
        }
        try {
            if (first.approved) {
                var comment = json.readValue(first.responseBody, CommentDtos.CommentResponse.class);
                return new Posted(comment.id(), comment);
            }
            return new Posted(json.readTree(first.responseBody).get("id").asLong(), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer is not JSON", e);
        }
    }

    private void checkOpen(PublicArticle article) {
        if (!article.commentsOpen()) {
            throw new ProblemException(ProblemType.COMMENTS_CLOSED, "Comments are closed on this article.");
        }
        Integer days = config.closeAfterDays().orElse(null);
        if (days != null && article.publishedAt().plusDays(days).isBefore(Times.now(clock))) {
            throw new ProblemException(
                    ProblemType.COMMENTS_CLOSED, "Comments close " + days + " days after publication.");
        }
    }

    private void throttle(List<OffsetDateTime> recent, OffsetDateTime now) {
        if (recent.size() >= config.rateLimit()) {
            long wait = Duration.between(now, recent.get(0).plus(RATE_WINDOW)).toSeconds() + 1;
            throw ProblemException.tooManyRequests("Too many comments in a minute; wait a little.", wait);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
