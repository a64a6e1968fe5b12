package news.akhbar.importer;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.HttpFilters;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin/import")
@Tag(name = "Admin: import", description = "Bulk import of authors, categories, tags, articles and comments.")
public class ImportResource {

    @Inject
    NdjsonImporter importer;

    @Inject
    WordPressImporter wordpress;

    @Inject
    ImportReports reports;

    @Inject
    SecurityIdentity identity;

    @Inject
    ApiUrls urls;

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
        long accountId = Actor.of(identity).accountId();
        return reports.keep(importer.run(body, accountId), accountId);
    }

    @POST
    @Path("/wordpress")
    @RolesAllowed(Role.Name.ADMIN)
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/rss+xml"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a WordPress export", description = """
                    The file WordPress's Tools → Export writes (WXR 1.0 to 1.2), streamed: authors, categories with \
                    their hierarchy, tags, posts and their comments, in the file's order. Posts keep their slugs \
                    (percent-encoded ones decoded to Arabic), GMT dates, excerpt, featured image (the attachment's URL, \
                    alt text, caption and size), Yoast's title, description and primary category; published and \
                    scheduled posts stay so, drafts, pending, private and password-protected posts become drafts; \
                    trashed posts, revisions, pages, menus and other post types are skipped and reported. WordPress's \
                    ids are kept (`wp-1041`, `wp-c-7731` as external ids, and as the ids of the WordPress-compatible \
                    API): importing the same export again updates instead of duplicating. Block comments are dropped, \
                    `[caption]` becomes a figure, `[embed]`, `[video]` and `[audio]` a link, `[gallery]` and form \
                    shortcodes go, other shortcodes lose their tags and keep their text; classic-editor text gets its \
                    paragraphs. Comments keep their thread and status (approved, pending, spam, trash) as plain text; \
                    pingbacks are skipped. A file that is not a well-formed export is refused before anything is \
                    stored.""")
    @RequestBody(
            content = {
                @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "200",
            description = "What was imported, and what was skipped with why.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importWordPress(InputStream body) {
        long accountId = Actor.of(identity).accountId();
        return reports.keep(wordpress.run(body, accountId), accountId);
    }

    @GET
    @Path("/reports")
    @RolesAllowed(Role.Name.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List import reports", description = "Every import's report as it answered, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page of reports.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<ImportReport>> listImportReports(@BeanParam PageParams paging, @Context UriInfo uri) {
        return reports.list(paging.toRequest()).toResponse(urls.request(uri));
    }

    @GET
    @Path("/reports/{id}")
    @RolesAllowed(Role.Name.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an import report")
    @APIResponse(responseCode = "200", description = "The report.")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ImportReport getImportReport(@PathParam("id") long id) {
        return reports.find(id).orElseThrow(() -> ProblemException.notFound("No import report " + id + "."));
    }
}
