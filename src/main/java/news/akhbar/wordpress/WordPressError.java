package news.akhbar.wordpress;

import java.util.Map;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/** A failure of the WordPress-compatible API, with the error code WordPress gives the same failure. */
class WordPressError extends RuntimeException {

    private final ProblemType type;
    private final String code;
    private final int status;
    private final Map<String, String> params;

    WordPressError(ProblemType type, String code, int status, String message, Map<String, String> params) {
        super(message);
        this.type = type;
        this.code = code;
        this.status = status;
        this.params = params;
    }

    WordPressError(ProblemType type, String code, int status, String message) {
        this(type, code, status, message, null);
    }

    static WordPressError invalidParam(String name, String why) {
        return new WordPressError(
                ProblemType.INVALID_PARAMETER,
                "rest_invalid_param",
                400,
                "Invalid parameter(s): " + name,
                Map.of(name, why));
    }

    static WordPressError notFound(String code, String message) {
        return new WordPressError(ProblemType.NOT_FOUND, code, 404, message);
    }

    /** A problem of the native rules (closed, duplicate, too many) under WordPress's code for it. */
    static WordPressError of(ProblemException e) {
        switch (e.type()) {
            case COMMENTS_CLOSED:
                return new WordPressError(
                        e.type(), "rest_comment_closed", 403, "Sorry, comments are closed for this item.");
            case DUPLICATE_COMMENT:
                return new WordPressError(
                        e.type(),
                        "comment_duplicate",
                        409,
                        "Duplicate comment detected; it looks as though you’ve already said that!");
            case TOO_MANY_REQUESTS:
                return new WordPressError(
                        e.type(), "comment_flood", 429, "You are posting comments too quickly. Slow down.");
            case NOT_FOUND:
                return new WordPressError(
                        e.type(),
                        "rest_comment_invalid_post_id",
                        403,
                        "Sorry, you are not allowed to create this comment without a post.");
            default:
                String field = e.errors() == null || e.errors().isEmpty()
                        ? "content"
                        : e.errors().get(0).name();
                return new WordPressError(
                        e.type(),
                        "rest_invalid_param",
                        400,
                        "Invalid parameter(s): " + field,
                        Map.of(field, e.getMessage()));
        }
    }

    ProblemType type() {
        return type;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    Map<String, String> params() {
        return params;
    }
}
