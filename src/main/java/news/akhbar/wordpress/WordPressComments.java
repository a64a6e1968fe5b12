package news.akhbar.wordpress;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.article.ArticleQueries;
import news.akhbar.comment.PublicComments;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/** A reader's comment posted the way WordPress clients post it, under the native rules. */
@ApplicationScoped
class WordPressComments {

    private static final List<String> FIELDS =
            List.of("post", "parent", "author_name", "author_email", "author_url", "content");

    @Inject
    ArticleQueries articles;

    @Inject
    PublicComments comments;

    @Inject
    WpViews views;

    WpShapes.Comment post(Map<String, Object> body, String clientAddress) {
        Map<String, Object> fields = body == null ? Map.of() : body;
        // As strict as every other request body here: a misspelt field is an error, not silently dropped.
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw WordPressError.invalidField(name, "not a field of a comment: " + String.join(", ", FIELDS));
            }
        }
        long postNumber = number(fields.get("post"), "post");
        if (postNumber <= 0) {
            throw new WordPressError(
                    ProblemType.NOT_FOUND,
                    "rest_comment_invalid_post_id",
                    403,
                    "Sorry, you are not allowed to " + "create this comment without a post.");
        }
        String content = content(fields.get("content"));
        if (content == null || content.isBlank()) {
            throw new WordPressError(
                    ProblemType.VALIDATION_FAILED, "rest_comment_content_invalid", 400, "Invalid comment content.");
        }
        String name = text(fields.get("author_name"));
        String email = text(fields.get("author_email"));
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new WordPressError(
                    ProblemType.VALIDATION_FAILED,
                    "rest_comment_author_data_required",
                    400,
                    "Creating a comment requires valid author name and email values.");
        }
        ArticleQueries.Post post = articles.byNumbers(List.of(postNumber)).stream()
                .findFirst()
                .orElseThrow(() -> new WordPressError(
                        ProblemType.NOT_FOUND,
                        "rest_comment_invalid_post_id",
                        403,
                        "Sorry, you are not allowed to create this comment without a post."));
        long parent = fields.containsKey("parent") ? number(fields.get("parent"), "parent") : 0;
        try {
            PublicComments.Entry entry = comments.post(
                    post.slug(), name, email, text(fields.get("author_url")), content, parent, clientAddress);
            return views.comment(entry, post.number(), post.url());
        } catch (ProblemException e) {
            throw WordPressError.of(e);
        }
    }

    private static long number(Object value, String name) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw WordPressError.invalidField(name, name + " is not of type integer.");
        }
    }

    private static String content(Object value) {
        if (value instanceof Map<?, ?> map) {
            return text(map.get("raw"));
        }
        return text(value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
