package news.akhbar.importer;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.akhbar.common.http.HttpFilters;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin/import")
@Tag(name = "Admin: import", description = "Bulk import of authors, categories, tags, articles and comments.")
public class ImportResource {

    @Inject
    NdjsonImporter importer;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed(Role.Name.ADMIN)
    @Consumes(HttpFilters.NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import content", description = """
                    NDJSON, one object per line with its `type` (`author`, `category`, `tag`, `article`, \
                    `comment`) and the fields of the matching create request; an article also carries its \
                    `externalId`. A comment has `externalId`, `article` (the article's `externalId`), `parent` (a \
                    comment's `externalId`, optional), `body` (plain text), `authorName`, `authorEmail` (never \
                    published), `authorUrl`, `status` (default `approved`) and `createdAt`. Authors, categories and \
                    tags are matched by slug, articles and comments by external id: importing again updates instead \
                    of duplicating. Streamed and committed in batches; a refused line is reported with its number and \
                    reason, and the others are stored. Lines are applied in order, so authors, categories and tags \
                    come before the articles that name them, and articles before their comments. For example:\n\n```
                    {"type":"category","slug":"أخر-الأخبار","name":"أخر الأخبار"}
                    {"type":"author","slug":"rami-fakhori","displayName":"rami fakhori"}
                    {"type":"article","externalId":"wp-1041","title":"خبر","body":"<p>نص</p>","authors":["rami-fakhori"],"category":"أخر-الأخبار","status":"published","publishedAt":"2025-01-12T09:30:00Z"}
                    {"type":"comment","externalId":"wp-c-7731","article":"wp-1041","body":"شكراً على التقرير.","authorName":"أبو محمد","authorEmail":"reader@example.com","createdAt":"2025-01-12T11:02:00Z"}
                    ```""")
    @RequestBody(content = @Content(mediaType = HttpFilters.NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "200",
            description = "What was imported.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importContent(InputStream body) {
        return importer.run(body, Actor.of(identity).accountId());
    }
}
