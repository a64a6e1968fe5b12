package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.MergePatch;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;
import news.akhbar.common.text.Slugs;

@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: articles", description = "Writing, editing, scheduling and publishing articles.")
public class AdminArticleResource {

    @Inject
    ApiUrls urls;

    private static final Set<String> STATUSES = Set.of("draft", "scheduled", "published", "archived");

    @Inject
    ArticleAdminService editor;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Schema(name = "PublishRequest")
    record PublishRequest(
            @Schema(
                    description = "When it goes public; a future time schedules it. Default: the time it already "
                            + "has, or now.")
            OffsetDateTime publishedAt) {}

    @GET
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
    @Operation(
            summary = "List articles in every status",
            description = "Most recently changed first. An author sees only their own articles.")
    @APIResponse(
            responseCode = "200",
            description = "One page of articles.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<AdminArticleSummary>> listAdminArticles(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"draft", "scheduled", "published", "archived"}))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Author slug.") @QueryParam("author") String author,
            @Parameter(description = "Category slug.") @QueryParam("category") String category,
            @Parameter(description = "Text in the title, any case.") @QueryParam("q") String q,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidQueryParameter(
                    "status", "expected one of draft, scheduled, published, archived");
        }
        var filter = new ArticleAdminService.AdminFilter(
                status, blankToNull(author), blankToNull(category), q == null || q.isBlank() ? null : q.strip());
        return editor.list(filter, paging.toRequest(), Actor.of(identity)).toResponse(urls.request(uri));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
    @Operation(
            summary = "Get an article by id",
            description = "In any status, with its ETag. An author reads only their own articles.")
    @APIResponse(
            responseCode = "200",
            description = "The article.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminArticleResponse.class)))
    public RestResponse<AdminArticleResponse> getAdminArticle(@PathParam("id") long id) {
        return editor.get(id, Actor.of(identity)).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
    @Operation(summary = "Create an article", description = """
            A draft unless `status` says otherwise (editors only). Without a slug, one is made from the title, \
            Arabic letters kept. The body passes the HTML allowlist before it is stored.""")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            headers = {@Header(ref = ApiDocs.LOCATION_HEADER), @Header(ref = ApiDocs.ETAG_HEADER)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminArticleResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocs.ALT_TEXT_REQUIRED)
    public RestResponse<AdminArticleResponse> createArticle(
            @Valid @NotNull ArticleRequest request, @Context UriInfo uri) {
        var created = editor.create(request, Actor.of(identity));
        return created.created(
                urls.absolutePath(uri).path(String.valueOf(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
    @Operation(summary = "Replace an article", description = """
            The request replaces the article; without a slug the current slug stays. When a published article's \
            slug changes, the old slug answers with a redirect. An author replaces only their own articles, and \
            only while they are drafts or archived.""")
    @APIResponse(responseCode = "204", description = "Replaced.", headers = @Header(ref = ApiDocs.ETAG_HEADER))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "422", ref = ApiDocs.ALT_TEXT_REQUIRED)
    public RestResponse<Void> replaceArticle(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull ArticleRequest request) {
        return editor.replace(id, ifMatch, request, Actor.of(identity)).noContent();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
    @Operation(
            summary = "Change some fields of an article",
            description =
                    "A JSON merge patch (RFC 7396). An author changes only their own drafts and archived articles.")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ArticlePatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed article.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminArticleResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "422", ref = ApiDocs.ALT_TEXT_REQUIRED)
    public RestResponse<AdminArticleResponse> updateArticle(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            JsonNode patch) {
        ArticleRequest merged =
                MergePatch.apply(json, validator, editor.currentAsRequest(id), patch, ArticleRequest.class);
        return editor.replace(id, ifMatch, merged, Actor.of(identity)).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
    @Operation(
            summary = "Delete an article",
            description =
                    "For good. Authors may delete only their own articles that are neither published nor scheduled.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void deleteArticle(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        editor.delete(id, ifMatch, Actor.of(identity));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR})
    @Operation(summary = "Publish or schedule an article", description = """
            Public from `publishedAt` on: now, or later (scheduled; it goes public at that instant, no job needed). \
            If-Match is optional here.""")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The article, published or scheduled.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminArticleResponse.class)))
    @APIResponse(responseCode = "422", ref = ApiDocs.ALT_TEXT_REQUIRED)
    public RestResponse<AdminArticleResponse> publishArticle(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            String body)
            throws JsonProcessingException {
        // The body is optional, so that a bare POST publishes; when there is one, it is JSON.
        PublishRequest request = body == null || body.isBlank() ? null : json.readValue(body, PublishRequest.class);
        return editor.publish(id, ifMatch, request == null ? null : request.publishedAt(), Actor.of(identity))
                .ok();
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR})
    @Operation(summary = "Unpublish an article", description = "Back to draft: it disappears from the public API.")
    @APIResponse(
            responseCode = "200",
            description = "The article, now a draft.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminArticleResponse.class)))
    public RestResponse<AdminArticleResponse> unpublishArticle(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        return editor.changeStatus(id, ifMatch, ArticleStatus.DRAFT, Actor.of(identity))
                .ok();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR})
    @Operation(summary = "Archive an article", description = "It disappears from the public API and stays here.")
    @APIResponse(
            responseCode = "200",
            description = "The article, archived.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminArticleResponse.class)))
    public RestResponse<AdminArticleResponse> archiveArticle(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        return editor.changeStatus(id, ifMatch, ArticleStatus.ARCHIVED, Actor.of(identity))
                .ok();
    }

    private static String blankToNull(String slug) {
        return slug == null || slug.isBlank() ? null : Slugs.normalize(slug);
    }
}
