package news.akhbar.importer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: per kind how many were created and updated, and every line it refused, with why. */
@Schema(name = "ImportReport")
record ImportReport(
        @Schema(required = true, description = "Non-empty lines read.", examples = "10000")
        int lines,

        @Schema(required = true) List<KindCount> kinds,

        @Schema(required = true, description = "Lines refused, all of them.", examples = "1")
        int rejectedCount,

        @Schema(required = true, description = "The refused lines, the first 1,000 of them.")
        List<Rejected> rejected,

        @Schema(required = true, description = "Wall-clock time of the import.", examples = "4210")
        long millis) {

    @Schema(name = "ImportKindCount")
    record KindCount(
            @Schema(
                    required = true,
                    enumeration = {"author", "category", "tag", "article", "comment"})
            String kind,

            @Schema(required = true) int created,
            @Schema(required = true) int updated) {}

    @Schema(name = "ImportRejectedLine")
    record Rejected(
            @Schema(required = true, description = "1-based line number in the body.", examples = "42")
            int line,

            @Schema(examples = "article") String kind,

            @Schema(required = true, examples = "Field 'title' is invalid: must not be blank")
            String reason) {}
}
