package news.akhbar.common.problem;

import java.util.List;
import java.util.Map;

/** Thrown by services for any problem the client caused; rendered as a problem document. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.InvalidParam> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.InvalidParam> errors) {
        this(type, detail, errors, Map.of());
    }

    public ProblemException(
            ProblemType type, String detail, List<Problem.InvalidParam> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(
                ProblemType.TOO_MANY_REQUESTS,
                detail,
                null,
                Map.of("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds))));
    }

    /** 409 for deleting something that articles still use, with how many. */
    public static void checkNotInUse(long articles, String what) {
        if (articles > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "The " + what + " is used by " + articles + " article" + (articles == 1 ? "" : "s")
                            + "; change those first.",
                    null,
                    Map.of("X-Usage-Count", String.valueOf(articles)));
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                "Field '" + field + "' is invalid: " + message,
                List.of(new Problem.InvalidParam(field, "body", message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalidQueryParameter(String name, String message) {
        return new ProblemException(
                ProblemType.INVALID_PARAMETER,
                "Parameter '" + name + "' is invalid: " + message,
                List.of(new Problem.InvalidParam(name, "query", message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.InvalidParam> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
