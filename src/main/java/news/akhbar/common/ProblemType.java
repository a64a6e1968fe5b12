package news.akhbar.common;

import java.net.URI;

/** The kinds of problem the API reports; each has a stable {@code type} URI that clients may switch on. */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Bad request"),
    INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    INTERNAL_ERROR("internal-error", 500, "Internal server error");

    public static final String BASE_URI = "https://akhbar.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The kind that a bare HTTP status (raised by the framework, not by us) stands for. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_PARAMETER) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
