package news.akhbar.comment;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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

@Path("/api/v1/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.MODERATOR, Role.Name.AUTHOR})
@Tag(name = "Admin: comments", description = "Moderation. Authors moderate the comments on their own articles only.")
public class AdminCommentResource {

    @Inject
    ApiUrls urls;

    @Inject
    CommentModeration comments;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @GET
    @Operation(
            summary = "List comments for moderation",
            description = "Newest first, in every status, with private fields.")
    @APIResponse(
            responseCode = "200",
            description = "One page of comments.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<CommentDtos.AdminCommentResponse>> listAdminComments(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"pending", "approved", "spam", "trash"}))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Article slug.") @QueryParam("article") String article,
            @Parameter(description = "Commenter email.") @QueryParam("email") String email,
            @Parameter(description = "Text in the comment, any case.") @QueryParam("q") String q,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        if (status != null && !CommentModeration.statuses().contains(status)) {
            throw ProblemException.invalidQueryParameter("status", "expected one of pending, approved, spam, trash");
        }
        var filter = new CommentModeration.Filter(
                status == null ? null : CommentStatus.fromJson(status),
                blank(article) ? null : Slugs.normalize(article),
                blank(email) ? null : email,
                blank(q) ? null : q.strip());
        return comments.list(filter, paging.toRequest(), Actor.of(identity)).toResponse(urls.request(uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a comment with its private fields")
    @APIResponse(
            responseCode = "200",
            description = "The comment.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentDtos.AdminCommentResponse.class)))
    public RestResponse<CommentDtos.AdminCommentResponse> getAdminComment(@PathParam("id") long id) {
        return comments.get(id, Actor.of(identity)).ok();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Moderate or edit a comment", description = """
            A new `status`: `approved` shows it, `pending` holds it back, `spam` or `trash` hides it, and back again \
            from the trash. Or a corrected `body`.""")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = CommentDtos.CommentPatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "The comment.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentDtos.AdminCommentResponse.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<CommentDtos.AdminCommentResponse> updateComment(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Actor actor = Actor.of(identity);
        var merged = MergePatch.apply(
                json, validator, comments.currentAsPatch(id, actor), patch, CommentDtos.CommentPatch.class);
        return comments.update(id, ifMatch, merged, actor).ok();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a comment for good", description = "Only from the trash; its replies go with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void deleteComment(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        comments.delete(id, ifMatch, Actor.of(identity));
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the status of many comments", description = "Up to 500 ids at once.")
    @APIResponse(responseCode = "200", description = "How many changed.")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public CommentDtos.BulkResult bulkUpdateComments(@Valid @NotNull CommentDtos.BulkStatus request) {
        return comments.bulk(request, Actor.of(identity));
    }

    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply as staff", description = "Approved at once and marked as written by the site.")
    @APIResponse(
            responseCode = "201",
            description = "The reply.",
            headers = {@Header(ref = ApiDocs.LOCATION_HEADER), @Header(ref = ApiDocs.ETAG_HEADER)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentDtos.AdminCommentResponse.class)))
    public RestResponse<CommentDtos.AdminCommentResponse> replyToComment(
            @PathParam("id") long id, @Valid @NotNull CommentDtos.StaffReply request, @Context UriInfo uri) {
        var reply = comments.reply(id, request.body(), Actor.of(identity));
        return reply.created(urls.root()
                .path("api/v1/admin/comments/{id}")
                .build(reply.body().id()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
