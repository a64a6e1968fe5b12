package news.akhbar.comment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.akhbar.account.StaffAccount;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleService;
import news.akhbar.common.Actor;
import news.akhbar.common.AkhbarConfig;
import news.akhbar.common.BaseEntity;
import news.akhbar.common.Hashes;
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.Preconditions;
import news.akhbar.common.ProblemException;
import news.akhbar.common.ProblemType;
import news.akhbar.common.QueryParams;
import news.akhbar.common.Roles;
import news.akhbar.common.Urls;
import news.akhbar.common.Versioned;

@ApplicationScoped
class CommentService {

    static final int MAX_BODY = 5000;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    @Inject
    CommentRepository comments;

    @Inject
    ArticleService articles;

    @Inject
    AddressHasher addresses;

    @Inject
    AkhbarConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The answer to a post: 201 with the comment, or 202 while it waits for a moderator. */
    record Posted(int status, String body, Long commentId) {}

    /**
     * Posts a reader's comment. Committed before the answer; a retry with the same Idempotency-Key gets the first
     * answer again instead of a second comment.
     */
    @Transactional
    Posted post(String slug, CommentDtos.CommentRequest request, String idempotencyKey, String clientAddress) {
        Article article = articles.findPublic(slug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + slug + "'."));
        String requestHash = Hashes.sha256Hex(write(request));
        if (idempotencyKey != null) {
            Posted replay = replay(article.id, idempotencyKey, requestHash);
            if (replay != null) {
                return replay;
            }
        }
        checkOpen(article);
        String body = checkedBody(request.body());
        String email = request.authorEmail().strip().toLowerCase(Locale.ROOT);
        String authorUrl = request.authorUrl() == null || request.authorUrl().isBlank()
                ? null
                : Urls.checkWebUrl("authorUrl", request.authorUrl());
        Comment parent = request.parentId() == null ? null : replyTarget(article, request.parentId(), "parentId");

        OffsetDateTime now = BaseEntity.now();
        String clientHash = addresses.hash(clientAddress);
        throttle(comments.recentFromAddress(clientHash, now.minus(RATE_WINDOW)), now);
        throttle(comments.recentFromEmail(email, now.minus(RATE_WINDOW)), now);
        String bodyHash = bodyHash(body);
        if (comments.isDuplicate(article.id, email, bodyHash)) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_COMMENT, "You have already posted this comment on this article.");
        }

        Comment comment = new Comment();
        comment.article = article;
        comment.parent = parent;
        comment.rootId = parent == null ? null : parent.threadId();
        comment.depth = parent == null ? 1 : parent.depth + 1;
        comment.body = body;
        comment.bodyHash = bodyHash;
        comment.authorName = request.authorName().strip();
        comment.authorEmail = email;
        comment.authorUrl = authorUrl;
        comment.clientHash = clientHash;
        comment.status = decide(request, body, email);
        comments.persist(comment);
        comments.flush();
        refresh(comment.threadId(), article.id);

        Posted posted = comment.status == CommentStatus.APPROVED
                ? new Posted(201, write(CommentDtos.CommentResponse.from(comment, article.lang)), comment.id)
                : new Posted(202, write(new CommentDtos.CommentAccepted(comment.id, "pending")), comment.id);
        if (idempotencyKey != null) {
            em.createNativeQuery("insert into comment_idempotency (article_id, idempotency_key, request_hash, "
                            + "http_status, response_body, created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, article.id)
                    .setParameter(2, idempotencyKey)
                    .setParameter(3, requestHash)
                    .setParameter(4, posted.status())
                    .setParameter(5, posted.body())
                    .setParameter(6, now)
                    .executeUpdate();
        }
        return posted;
    }

    /** Honeypot → spam (the sender is told "pending"); too many links → pending; a known email → approved. */
    private CommentStatus decide(CommentDtos.CommentRequest request, String body, String email) {
        if (request.website() != null && !request.website().isEmpty()) {
            return CommentStatus.SPAM;
        }
        if (LINK.matcher(body).results().count() > config.comments().maxLinks()) {
            return CommentStatus.PENDING;
        }
        return config.comments().autoApprove() && comments.hasApproved(email)
                ? CommentStatus.APPROVED
                : CommentStatus.PENDING;
    }

    private Posted replay(long articleId, String key, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, http_status, response_body from "
                        + "comment_idempotency where article_id = ?1 and idempotency_key = ?2")
                .setParameter(1, articleId)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different comment; use a new key for a new comment.");
        }
        String body = (String) row[2];
        try {
            return new Posted(
                    ((Number) row[1]).intValue(),
                    body,
                    json.readTree(body).get("id").asLong());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer is not JSON", e);
        }
    }

    private void checkOpen(Article article) {
        if (!article.commentsOpen) {
            throw new ProblemException(ProblemType.COMMENTS_CLOSED, "Comments are closed on this article.");
        }
        Integer days = config.comments().closeAfterDays().orElse(null);
        if (days != null && article.publishedAt.plusDays(days).isBefore(BaseEntity.now())) {
            throw new ProblemException(
                    ProblemType.COMMENTS_CLOSED, "Comments close " + days + " days after publication.");
        }
    }

    /** A comment that may be replied to: approved, public, of this article, and not at the deepest level. */
    private Comment replyTarget(Article article, long parentId, String field) {
        Comment parent = comments.findById(parentId);
        if (parent == null || !parent.article.id.equals(article.id) || !parent.visible) {
            throw ProblemException.invalidField(field, "no approved comment of this article has this id");
        }
        if (parent.depth >= config.comments().maxDepth()) {
            throw ProblemException.invalidField(
                    field, "replies nest at most " + config.comments().maxDepth() + " levels deep");
        }
        return parent;
    }

    private void throttle(List<OffsetDateTime> recent, OffsetDateTime now) {
        if (recent.size() >= config.comments().rateLimit()) {
            long wait = Duration.between(now, recent.get(0).plus(RATE_WINDOW)).toSeconds() + 1;
            throw ProblemException.tooManyRequests("Too many comments in a minute; wait a little.", wait);
        }
    }

    /** Top-level approved comments, a page of them, each with its approved replies nested in order. */
    @Transactional
    Paged<CommentDtos.CommentResponse> thread(String slug, boolean newestFirst, PageRequest page) {
        Article article = articles.findPublic(slug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + slug + "'."));
        long total = comments.count("article.id = ?1 and parent is null and visible = true", article.id);
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        String order = newestFirst ? "desc" : "asc";
        List<Comment> roots = comments.find(
                        "article.id = ?1 and parent is null and visible = true order by createdAt " + order + ", id "
                                + order,
                        article.id)
                .range((int) page.offset(), (int) page.offset() + page.size() - 1)
                .list();
        List<Long> rootIds = roots.stream().map(c -> c.id).toList();
        List<Comment> replies = rootIds.isEmpty()
                ? List.of()
                : comments.list("rootId in ?1 and visible = true order by depth, createdAt, id", rootIds);
        Map<Long, CommentDtos.CommentResponse> byId = new HashMap<>();
        List<CommentDtos.CommentResponse> items = new ArrayList<>();
        for (Comment root : roots) {
            CommentDtos.CommentResponse response = CommentDtos.CommentResponse.from(root, article.lang);
            byId.put(root.id, response);
            items.add(response);
        }
        for (Comment reply : replies) {
            CommentDtos.CommentResponse response = CommentDtos.CommentResponse.from(reply, article.lang);
            byId.put(reply.id, response);
            byId.get(reply.parent.id).replies().add(response);
        }
        items.forEach(CommentService::sortReplies);
        return new Paged<>(items, PageInfo.of(page, total));
    }

    /** One public comment with its public replies. */
    @Transactional
    CommentDtos.CommentResponse one(String slug, long id) {
        Article article = articles.findPublic(slug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + slug + "'."));
        Comment comment = comments.findById(id);
        if (comment == null || !comment.visible || !comment.article.id.equals(article.id)) {
            throw ProblemException.notFound("No approved comment " + id + " on this article.");
        }
        Map<Long, CommentDtos.CommentResponse> byId = new HashMap<>();
        CommentDtos.CommentResponse top = CommentDtos.CommentResponse.from(comment, article.lang);
        byId.put(comment.id, top);
        for (Comment c : comments.findThread(comment.threadId())) {
            if (c.visible && c.parent != null && byId.containsKey(c.parent.id)) {
                CommentDtos.CommentResponse response = CommentDtos.CommentResponse.from(c, article.lang);
                byId.put(c.id, response);
                byId.get(c.parent.id).replies().add(response);
            }
        }
        sortReplies(top);
        return top;
    }

    private static void sortReplies(CommentDtos.CommentResponse comment) {
        comment.replies()
                .sort(java.util.Comparator.comparing(CommentDtos.CommentResponse::createdAt)
                        .thenComparing(CommentDtos.CommentResponse::id));
        comment.replies().forEach(CommentService::sortReplies);
    }

    // ---- moderation ----

    record Filter(CommentStatus status, String articleSlug, String email, String text) {}

    @Transactional
    Paged<CommentDtos.AdminCommentResponse> list(Filter filter, PageRequest page, Actor actor) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status());
        }
        if (filter.articleSlug() != null) {
            where.append(" and c.article.slug = :article");
            params.put("article", filter.articleSlug());
        }
        if (filter.email() != null) {
            where.append(" and c.authorEmail = :email");
            params.put("email", filter.email().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.text() != null) {
            where.append(" and lower(c.body) like :text").append(QueryParams.LIKE_ESCAPE);
            params.put("text", QueryParams.containing(filter.text()));
        }
        if (actor.is(Roles.AUTHOR)) {
            where.append(" and (c.article.createdBy.id = :me or exists (select 1 from c.article.authors au "
                    + "where au.id = :myAuthor))");
            params.put("me", actor.accountId());
            params.put("myAuthor", actor.authorId() == null ? -1L : actor.authorId());
        }
        var count = em.createQuery("select count(c) from Comment c where " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        var query = em.createQuery(
                "select c from Comment c join fetch c.article left join fetch c.parent "
                        + "left join fetch c.staffAccount where " + where + " order by c.createdAt desc, c.id desc",
                Comment.class);
        params.forEach(query::setParameter);
        List<CommentDtos.AdminCommentResponse> items =
                query.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(CommentDtos.AdminCommentResponse::from)
                        .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<CommentDtos.AdminCommentResponse> get(long id, Actor actor) {
        Comment comment = require(id, actor);
        return new Versioned<>(CommentDtos.AdminCommentResponse.from(comment), comment.version);
    }

    @Transactional
    CommentDtos.CommentPatch currentAsPatch(long id, Actor actor) {
        Comment comment = require(id, actor);
        return new CommentDtos.CommentPatch(comment.status, comment.body);
    }

    @Transactional
    Versioned<CommentDtos.AdminCommentResponse> update(
            long id, String ifMatch, CommentDtos.CommentPatch patch, Actor actor) {
        Comment comment = require(id, actor);
        Preconditions.requireMatch(ifMatch, comment.version);
        String body = checkedBody(patch.body());
        comment.body = body;
        comment.bodyHash = bodyHash(body);
        comment.status = patch.status() == null ? comment.status : patch.status();
        comments.flush();
        refresh(comment.threadId(), comment.article.id);
        return new Versioned<>(CommentDtos.AdminCommentResponse.from(comment), comment.version);
    }

    /** Permanent, and only from the trash: a comment is never lost by one click. */
    @Transactional
    void delete(long id, String ifMatch, Actor actor) {
        Comment comment = require(id, actor);
        Preconditions.requireMatch(ifMatch, comment.version);
        if (comment.status != CommentStatus.TRASH) {
            throw new ProblemException(ProblemType.CONFLICT, "Move the comment to the trash before deleting it.");
        }
        long thread = comment.threadId();
        long articleId = comment.article.id;
        boolean root = comment.rootId == null;
        // Its replies go with it (the database cascades); they are no longer shown once it left the thread.
        comments.delete(comment);
        comments.flush();
        em.clear();
        if (root) {
            articles.setCommentCount(articleId, comments.countVisible(articleId));
        } else {
            refresh(thread, articleId);
        }
    }

    @Transactional
    CommentDtos.BulkResult bulk(CommentDtos.BulkStatus request, Actor actor) {
        Map<Long, Long> threads = new HashMap<>();
        int updated = 0;
        for (Long id : new LinkedHashSet<>(request.ids())) {
            Comment comment = require(id, actor);
            if (comment.status != request.status()) {
                comment.status = request.status();
                updated++;
            }
            threads.put(comment.threadId(), comment.article.id);
        }
        comments.flush();
        threads.forEach(this::refresh);
        return new CommentDtos.BulkResult(updated);
    }

    /** A staff reply: approved at once, marked as the site's. */
    @Transactional
    Versioned<CommentDtos.AdminCommentResponse> reply(long parentId, String text, Actor actor) {
        Comment parent = require(parentId, actor);
        Comment target = replyTarget(parent.article, parentId, "id");
        StaffAccount staff = em.find(StaffAccount.class, actor.accountId());
        String body = checkedBody(text);
        Comment reply = new Comment();
        reply.article = target.article;
        reply.parent = target;
        reply.rootId = target.threadId();
        reply.depth = target.depth + 1;
        reply.body = body;
        reply.bodyHash = bodyHash(body);
        reply.authorName = staff.displayName;
        reply.staffAccount = staff;
        reply.status = CommentStatus.APPROVED;
        comments.persist(reply);
        comments.flush();
        refresh(reply.threadId(), reply.article.id);
        return new Versioned<>(CommentDtos.AdminCommentResponse.from(reply), reply.version);
    }

    private Comment require(long id, Actor actor) {
        Comment comment = comments.findById(id);
        if (comment == null) {
            throw ProblemException.notFound("No comment has the id " + id + ".");
        }
        if (actor.is(Roles.AUTHOR) && !articles.isOwnedBy(comment.article.id, actor)) {
            throw ProblemException.forbidden("An author moderates comments on their own articles only.");
        }
        return comment;
    }

    /**
     * Recomputes which comments of a thread are public (approved, under public comments only) and the article's
     * count, in the transaction of the change, so that the count always agrees with the thread.
     */
    private void refresh(long threadId, long articleId) {
        Map<Long, Boolean> visible = new HashMap<>();
        for (Comment c : comments.findThread(threadId)) {
            boolean shown = c.status == CommentStatus.APPROVED
                    && (c.parent == null || visible.getOrDefault(c.parent.id, false));
            visible.put(c.id, shown);
            if (c.visible != shown) {
                c.visible = shown;
            }
        }
        comments.flush();
        articles.setCommentCount(articleId, comments.countVisible(articleId));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trimmed, 1 to MAX_BODY characters (code points, so that Arabic and emoji count as people count). */
    private static String checkedBody(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.codePointCount(0, body.length()) > MAX_BODY) {
            throw ProblemException.invalidField("body", "must be 1 to " + MAX_BODY + " characters");
        }
        return body;
    }

    /** The same words with other spacing or case are the same comment. */
    private static String bodyHash(String body) {
        return Hashes.sha256Hex(body.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    static Set<String> statuses() {
        return Set.of("pending", "approved", "spam", "trash");
    }
}
