package news.akhbar.comment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.account.AccountRef;
import news.akhbar.account.AccountService;
import news.akhbar.article.CommentableArticles;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.Preconditions;
import news.akhbar.common.http.QueryParams;
import news.akhbar.common.http.Versioned;
import news.akhbar.common.persistence.JpqlFilter;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

/** The moderators' side: list, read, approve, hold, spam, trash, edit, delete and reply as staff. */
@ApplicationScoped
class CommentModeration {

    @Inject
    CommentRepository comments;

    @Inject
    CommentTree tree;

    @Inject
    CommentEvents events;

    @Inject
    CommentableArticles articles;

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    record Filter(CommentStatus status, String articleSlug, String email, String text) {}

    @Transactional
    Paged<CommentDtos.AdminCommentResponse> list(Filter filter, PageRequest page, Actor actor) {
        Optional<JpqlFilter> where = where(filter, actor);
        if (where.isEmpty()) {
            return Paged.empty(page, 0);
        }
        long total = where.get().count(em, "select count(c) from Comment c");
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<Comment> onPage = comments.findPage(where.get(), page);
        Map<Long, String> slugs =
                articles.slugs(onPage.stream().map(c -> c.articleId).collect(Collectors.toSet()));
        Map<Long, AccountRef> staff = accounts.refs(onPage.stream()
                .map(c -> c.staffAccountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<CommentDtos.AdminCommentResponse> items = onPage.stream()
                .map(c -> CommentDtos.AdminCommentResponse.from(
                        c, slugs.get(c.articleId), c.staffAccountId == null ? null : staff.get(c.staffAccountId)))
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<CommentDtos.AdminCommentResponse> get(long id, Actor actor) {
        return versioned(require(id, actor));
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
        String body = CommentTree.checkedBody(patch.body());
        comment.body = body;
        comment.bodyHash = CommentTree.bodyHash(body);
        CommentStatus before = comment.status;
        comment.status = patch.status() == null ? comment.status : patch.status();
        comments.flush();
        events.changed(comment, before);
        tree.refresh(comment.threadId(), comment.articleId);
        return versioned(comment);
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
        long articleId = comment.articleId;
        boolean root = comment.rootId == null;
        // Its replies go with it (the database cascades); they are no longer shown once it left the thread.
        comments.delete(comment);
        comments.flush();
        em.clear();
        if (root) {
            tree.recount(articleId);
        } else {
            tree.refresh(thread, articleId);
        }
    }

    @Transactional
    CommentDtos.BulkResult bulk(CommentDtos.BulkStatus request, Actor actor) {
        Map<Long, Long> threads = new HashMap<>();
        int updated = 0;
        for (Long id : new LinkedHashSet<>(request.ids())) {
            Comment comment = require(id, actor);
            if (comment.status != request.status()) {
                CommentStatus before = comment.status;
                comment.status = request.status();
                updated++;
                comments.flush();
                events.changed(comment, before);
            }
            threads.put(comment.threadId(), comment.articleId);
        }
        comments.flush();
        threads.forEach(tree::refresh);
        return new CommentDtos.BulkResult(updated);
    }

    /** A staff reply: approved at once, marked as the site's. */
    @Transactional
    Versioned<CommentDtos.AdminCommentResponse> reply(long parentId, String text, Actor actor) {
        Comment parent = require(parentId, actor);
        Comment target = tree.replyTarget(parent.articleId, parentId, "id");
        AccountRef staff = accounts.refs(List.of(actor.accountId())).get(actor.accountId());
        String body = CommentTree.checkedBody(text);
        Comment reply = new Comment();
        reply.articleId = target.articleId;
        CommentTree.attach(reply, target);
        reply.body = body;
        reply.bodyHash = CommentTree.bodyHash(body);
        reply.authorName = staff.displayName();
        reply.staffAccountId = staff.id();
        reply.status = CommentStatus.APPROVED;
        comments.persist(reply);
        comments.flush();
        events.changed(reply, null);
        tree.refresh(reply.threadId(), reply.articleId);
        return versioned(reply);
    }

    static Set<String> statuses() {
        return Set.of("pending", "approved", "spam", "trash");
    }

    /** The list's filters as JPQL; empty when it names an article that does not exist, or an author owns none. */
    private Optional<JpqlFilter> where(Filter filter, Actor actor) {
        JpqlFilter where = JpqlFilter.all();
        if (filter.status() != null) {
            where.and("c.status = :status", "status", filter.status());
        }
        if (filter.articleSlug() != null) {
            Optional<Long> article = articles.findId(filter.articleSlug());
            if (article.isEmpty()) {
                return Optional.empty();
            }
            where.and("c.articleId = :article", "article", article.get());
        }
        if (filter.email() != null) {
            where.and("c.authorEmail = :email", "email", CommentTree.normalizedEmail(filter.email()));
        }
        if (filter.text() != null) {
            where.and(
                    "lower(c.body) like :text" + QueryParams.LIKE_ESCAPE,
                    "text",
                    QueryParams.containing(filter.text()));
        }
        if (actor.is(Role.AUTHOR)) {
            List<Long> own = articles.ownedIds(actor);
            if (own.isEmpty()) {
                return Optional.empty();
            }
            where.and("c.articleId in :own", "own", own);
        }
        return Optional.of(where);
    }

    private Versioned<CommentDtos.AdminCommentResponse> versioned(Comment comment) {
        String slug = articles.slugs(List.of(comment.articleId)).get(comment.articleId);
        AccountRef staff = comment.staffAccountId == null
                ? null
                : accounts.refs(List.of(comment.staffAccountId)).get(comment.staffAccountId);
        return new Versioned<>(CommentDtos.AdminCommentResponse.from(comment, slug, staff), comment.version);
    }

    private Comment require(long id, Actor actor) {
        Comment comment = comments.findById(id);
        if (comment == null) {
            throw ProblemException.notFound("No comment has the id " + id + ".");
        }
        if (actor.is(Role.AUTHOR) && !articles.isOwnedBy(comment.articleId, actor)) {
            throw ProblemException.forbidden("An author moderates comments on their own articles only.");
        }
        return comment;
    }
}
