package news.akhbar.common.http;

/** References to the responses, headers and parameters defined once in META-INF/openapi.yaml. */
public final class ApiDocs {

    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String IN_USE = "#/components/responses/InUse";
    public static final String IMAGE_REFUSED = "#/components/responses/ImageRefused";
    public static final String ALT_TEXT_REQUIRED = "#/components/responses/AltTextRequired";
    public static final String PRECONDITION_REQUIRED = "#/components/responses/PreconditionRequired";
    public static final String LINK_HEADER = "#/components/headers/Link";
    public static final String TOTAL_COUNT_HEADER = "#/components/headers/X-Total-Count";
    public static final String ETAG_HEADER = "#/components/headers/ETag";
    public static final String LOCATION_HEADER = "#/components/headers/Location";
    public static final String IF_MATCH = "If-Match";
    public static final String CURSOR_DESCRIPTION = "Where to go on: `page.nextCursor` of the previous page, as it "
            + "is. Pages read by cursor never repeat or skip an article while news is published, and reach any "
            + "depth; page numbers reach the first 10,000 articles.";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version this change was made against.";

    private ApiDocs() {}
}
