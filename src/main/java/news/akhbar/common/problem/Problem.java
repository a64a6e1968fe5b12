package news.akhbar.common.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "An RFC 9457 problem document. `type` is stable for each kind of problem.")
public record Problem(
        @Schema(
                required = true,
                examples = "https://akhbar.dev/problems/not-found",
                description = "Identifies the kind of problem; stable, switch on it.")
        URI type,

        @Schema(required = true, examples = "Resource not found")
        String title,

        @Schema(required = true, examples = "404") int status,

        @Schema(
                examples = "لا يوجد مقال منشور بهذا المعرّف: مقال-غير-موجود",
                description = "What went wrong with this request, for a person.")
        String detail,

        @Schema(
                examples = "/api/v1/articles/%D9%85%D9%82%D8%A7%D9%84",
                description = "The request path the problem belongs to.")
        String instance,

        @Schema(description = "For invalid input: each offending parameter or field.")
        List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending parameter or field. */
    @Schema(name = "InvalidParam")
    public record InvalidParam(
            @Schema(required = true, examples = "size") String name,

            @Schema(
                    required = true,
                    description = "Where the value was sent.",
                    enumeration = {"query", "path", "header", "body"},
                    examples = "query")
            String in,

            @Schema(required = true, examples = "must be less than or equal to 100")
            String message) {}
}
