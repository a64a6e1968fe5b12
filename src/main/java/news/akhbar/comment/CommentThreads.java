package news.akhbar.comment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.article.CommentableArticles;
import news.akhbar.article.PublicArticle;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;

/** What readers see of comments: public threads, replies nested in order. */
@ApplicationScoped
class CommentThreads {

    @Inject
    CommentRepository comments;

    @Inject
    CommentableArticles articles;

    /** Top-level public comments, a page of them, each with its public replies; empty when the article is not public. */
    @Transactional
    Optional<Paged<CommentDtos.CommentResponse>> threads(String slug, boolean newestFirst, PageRequest page) {
        return articles.findPublic(slug).map(article -> threads(article, newestFirst, page));
    }

    /** One public comment with its public replies; empty when the article or the comment is not public. */
    @Transactional
    Optional<CommentDtos.CommentResponse> one(String slug, long id) {
        Optional<PublicArticle> article = articles.findPublic(slug);
        Comment comment = comments.findById(id);
        if (article.isEmpty()
                || comment == null
                || !comment.visible
                || comment.articleId != article.get().id()) {
            return Optional.empty();
        }
        String lang = article.get().lang();
        Map<Long, CommentDtos.CommentResponse> byId = new HashMap<>();
        CommentDtos.CommentResponse top = CommentDtos.CommentResponse.from(comment, lang);
        byId.put(comment.id, top);
        for (Comment c : comments.findThread(comment.threadId())) {
            if (c.visible && c.parent != null && byId.containsKey(c.parent.id)) {
                CommentDtos.CommentResponse response = CommentDtos.CommentResponse.from(c, lang);
                byId.put(c.id, response);
                byId.get(c.parent.id).replies().add(response);
            }
        }
        sortReplies(top);
        return Optional.of(top);
    }

    private Paged<CommentDtos.CommentResponse> threads(PublicArticle article, boolean newestFirst, PageRequest page) {
        long total = comments.countVisibleRoots(article.id());
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<Comment> roots = comments.findVisibleRoots(article.id(), newestFirst, page);
        List<Comment> replies =
                comments.findVisibleReplies(roots.stream().map(c -> c.id).toList());
        Map<Long, CommentDtos.CommentResponse> byId = new HashMap<>();
        List<CommentDtos.CommentResponse> items = new ArrayList<>();
        for (Comment root : roots) {
            CommentDtos.CommentResponse response = CommentDtos.CommentResponse.from(root, article.lang());
            byId.put(root.id, response);
            items.add(response);
        }
        for (Comment reply : replies) {
            CommentDtos.CommentResponse response = CommentDtos.CommentResponse.from(reply, article.lang());
            byId.put(reply.id, response);
            byId.get(reply.parent.id).replies().add(response);
        }
        items.forEach(CommentThreads::sortReplies);
        return new Paged<>(items, PageInfo.of(page, total));
    }

    private static void sortReplies(CommentDtos.CommentResponse comment) {
        comment.replies()
                .sort(Comparator.comparing(CommentDtos.CommentResponse::createdAt)
                        .thenComparing(CommentDtos.CommentResponse::id));
        comment.replies().forEach(CommentThreads::sortReplies);
    }
}
