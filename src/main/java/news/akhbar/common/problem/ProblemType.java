package news.akhbar.common.problem;

import java.net.URI;

/** The kinds of problem the API reports; each has a stable {@code type} URI that clients may switch on. */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Bad request"),
    INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter"),
    VALIDATION_FAILED("validation-failed", 400, "Invalid request body"),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
    INVALID_EXPORT("invalid-export", 400, "Not a readable WordPress export"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    COMMENTS_CLOSED("comments-closed", 403, "Comments are closed"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    IN_USE("in-use", 409, "Still in use"),
    DUPLICATE_COMMENT("duplicate-comment", 409, "Duplicate comment"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused"),
    DAMAGED_IMAGE("damaged-image", 422, "Damaged or disguised image"),
    TOO_MANY_PIXELS("too-many-pixels", 422, "Image has too many pixels"),
    ALT_TEXT_REQUIRED("alt-text-required", 422, "Image needs alt text"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL_ERROR("internal-error", 500, "Internal server error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    SEARCH_INDEX_BUILDING("search-index-building", 503, "Search index not built yet");

    public static final String BASE_URI = "https://akhbar.dev/problems/";

    private static String defaultSlugFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 409 -> "conflict";
            default -> null;
        };
    }

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
            String preferred = defaultSlugFor(status);
            if (type.status == status && (preferred == null || type.slug.equals(preferred))) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
