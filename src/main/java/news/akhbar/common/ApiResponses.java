package news.akhbar.common;

/** References to the error responses and headers defined once in META-INF/openapi.yaml. */
public final class ApiResponses {

    public static final String INVALID_PARAMETER = "#/components/responses/InvalidParameter";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String LINK_HEADER = "#/components/headers/Link";
    public static final String TOTAL_COUNT_HEADER = "#/components/headers/X-Total-Count";

    private ApiResponses() {}
}
