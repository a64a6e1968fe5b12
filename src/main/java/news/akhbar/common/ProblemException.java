package news.akhbar.common;

import java.util.List;

/** Thrown by services for any problem the client caused; rendered as a problem document. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.InvalidParam> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.InvalidParam> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalidQueryParameter(String name, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Query parameter '" + name + "' is invalid: " + message,
                List.of(new Problem.InvalidParam(name, "query", message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.InvalidParam> errors() {
        return errors;
    }
}
