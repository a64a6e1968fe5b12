package news.akhbar.importer;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: per kind how many were created and updated, and every item it refused or skipped, with why. */
@Schema(name = "ImportReport")
record ImportReport(
        @Schema(
                required = true,
                description = "The kept report: GET /api/v1/admin/import/reports/{id}.",
                examples = "17")
        Long id,

        @Schema(
                required = true,
                enumeration = {"ndjson", "wordpress"})
        String format,

        @Schema(required = true, examples = "2025-01-12T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(
                required = true,
                description = "Items read: non-empty NDJSON lines, or the authors, terms, posts and comments of a "
                        + "WordPress export.",
                examples = "10000")
        int items,

        @Schema(required = true) List<KindCount> kinds,

        @Schema(required = true, description = "Items refused or skipped, all of them.", examples = "1")
        int rejectedCount,

        @Schema(required = true, description = "The refused or skipped items, the first 1,000 of them.")
        List<Rejected> rejected,

        @Schema(required = true, description = "Wall-clock time of the import.", examples = "4210")
        long millis) {

    ImportReport kept(long id, OffsetDateTime createdAt) {
        return new ImportReport(id, format, createdAt, items, kinds, rejectedCount, rejected, millis);
    }

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
