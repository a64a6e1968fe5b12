package news.akhbar.wordpress;

import java.util.List;
import java.util.Map;

import news.akhbar.common.problem.Problem;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/** A failure of the WordPress-compatible API, with the error code WordPress gives the same failure. */
class WordPressError extends RuntimeException {

    private final ProblemType type;
    private final String code;
    private final int status;
    private final Map<String, String> params;
    private final List<Problem.InvalidParam> errors;

    WordPressError(
            ProblemType type,
            String code,
            int status,
            String message,
            Map<String, String> params,
            List<Problem.InvalidParam> errors) {
        super(message);
        this.type = type;
        this.code = code;
        this.status = status;
        this.params = params;
        this.errors = errors;
    }

    WordPressError(ProblemType type, String code, int status, String message) {
        this(type, code, status, message, null, null);
    }

    /** A query parameter WordPress would refuse. */
    static WordPressError invalidParam(String name, String why) {
        return invalid(name, "query", why);
    }

    /** A body member WordPress would refuse. */
    static WordPressError invalidField(String name, String why) {
        return invalid(name, "body", why);
    }

    private static WordPressError invalid(String name, String in, String why) {
        return new WordPressError(
                ProblemType.INVALID_PARAMETER,
                "rest_invalid_param",
                400,
                "Invalid parameter(s): " + name,
                Map.of(name, why),
                List.of(new Problem.InvalidParam(name, in, why)));
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
                        Map.of(field, e.getMessage()),
                        e.errors());
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

    List<Problem.InvalidParam> errors() {
        return errors;
    }
}
