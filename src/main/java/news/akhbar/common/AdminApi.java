package news.akhbar.common;

/** Contract pieces shared by the management API. */
public final class AdminApi {

    public static final String SECURITY_SCHEME = "bearer";
    public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    public static final String FORBIDDEN = "#/components/responses/Forbidden";
    public static final String VALIDATION_FAILED = "#/components/responses/ValidationFailed";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String PRECONDITION_FAILED = "#/components/responses/PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "#/components/responses/PreconditionRequired";
    public static final String ETAG_HEADER = "#/components/headers/ETag";
    public static final String LOCATION_HEADER = "#/components/headers/Location";
    public static final String IF_MATCH = "If-Match";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version this change was made against.";

    private AdminApi() {}
}
