package news.akhbar.comment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.PublicCaching;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.text.Slugs;

@Path("/api/v1/articles/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Reader comments: anyone may post, a moderator decides what is shown.")
public class CommentResource {

    @Inject
    ApiUrls urls;

    @Inject
    CommentThreads threads;

    @Inject
    CommentPosting posting;

    @Inject
    HttpServerRequest http;

    @GET
    @Operation(
            summary = "List the comments of an article",
            description = "Approved comments as threads: top-level comments are paged (oldest first by default), "
                    + "their approved replies nested in order under them.")
    @APIResponse(
            responseCode = "200",
            description = "One page of threads.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<CommentDtos.CommentResponse>> listComments(
            @Parameter(
                            example =
                                    "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو")
                    @PathParam("slug")
                    String slug,
            @Parameter(
                            description = "Order of the top-level comments.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"createdAt", "-createdAt"},
                                            defaultValue = "createdAt"))
                    @QueryParam("sort")
                    @DefaultValue("createdAt")
                    String sort,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        if (!sort.equals("createdAt") && !sort.equals("-createdAt")) {
            throw ProblemException.invalidQueryParameter("sort", "expected createdAt or -createdAt");
        }
        return threads.threads(slug, sort.startsWith("-"), paging.toRequest())
                .orElseThrow(() -> articleNotFound(slug))
                .toResponse(urls.request(uri), CacheKeys.comments(Slugs.normalize(slug)));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get one comment of an article",
            description = "An approved comment with its approved replies.")
    @APIResponse(responseCode = "200", description = "The comment.")
    public RestResponse<CommentDtos.CommentResponse> getComment(
            @PathParam("slug") String slug, @PathParam("id") long id) {
        CommentDtos.CommentResponse comment = threads.one(slug, id)
                .orElseThrow(() -> ProblemException.notFound("No approved comment " + id + " on this article."));
        return RestResponse.ResponseBuilder.ok(comment)
                .header(PublicCaching.SURROGATE_KEY, CacheKeys.comments(Slugs.normalize(slug)))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a comment", description = """
            No account needed. 201 with the comment when it is approved at once (its email already has an approved \
            comment on the site), else 202: it waits for a moderator. Either way it is stored before the answer. \
            The email is never published. Send an Idempotency-Key to make retries safe.""")
    @APIResponse(
            responseCode = "201",
            description = "Approved and shown.",
            headers = @Header(ref = ApiDocs.LOCATION_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentDtos.CommentResponse.class)))
    @APIResponse(
            responseCode = "202",
            description = "Stored; waits for a moderator.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentDtos.CommentAccepted.class)))
    @APIResponse(responseCode = "403", ref = "#/components/responses/CommentsClosed")
    @APIResponse(responseCode = "409", ref = "#/components/responses/DuplicateComment")
    @APIResponse(responseCode = "422", ref = "#/components/responses/IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public Response postComment(
            @PathParam("slug") String slug,
            @Parameter(
                            description =
                                    "A unique key per comment (a UUID): a retry with the same key and body gets the "
                                            + "first answer again.")
                    @HeaderParam("Idempotency-Key")
                    @Size(max = 200)
                    String idempotencyKey,
            @Valid @NotNull CommentDtos.CommentRequest request,
            @Context UriInfo uri) {
        CommentPosting.Posted posted = posting.post(
                slug,
                request,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip(),
                http.remoteAddress().hostAddress());
        if (posted.approved()) {
            return Response.created(urls.absolutePath(uri)
                            .path(String.valueOf(posted.commentId()))
                            .build())
                    .entity(posted.comment())
                    .build();
        }
        return Response.accepted(new CommentDtos.CommentAccepted(posted.commentId(), "pending"))
                .build();
    }

    private static ProblemException articleNotFound(String slug) {
        return ProblemException.notFound("No published article has the slug '" + slug + "'.");
    }
}
