package news.akhbar.syndication;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.syndication.FeedService.FeedFormat;
import news.akhbar.syndication.FeedService.Scope;

/** RSS and Atom for news readers and aggregators: the whole site, a category, a tag or an author. */
@Path("/api/v1/feeds")
@Tag(
        name = "Feeds",
        description = "RSS 2.0 and Atom 1.0 of the newest published articles (`akhbar.syndication.feed-size`), "
                + "with author names (never e-mails), categories, tags, the featured image as enclosure and, by "
                + "default, the whole body. Each HTML part is wrapped in its article's `lang` and `dir`.")
public class FeedResource {

    private static final String FEED_DESCRIPTION =
            "The newest published articles (akhbar.syndication.feed-size, 20), each with its authors, categories, "
                    + "enclosure and the whole body unless akhbar.syndication.feed-full-content is false; ETag, Last-Modified, 304.";

    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";

    @Inject
    FeedService feeds;

    @Inject
    ApiUrls urls;

    @Inject
    Responses responses;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/rss")
    @Produces(RSS)
    @Operation(summary = "RSS 2.0 feed of the site", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response getSiteRss(@Context Request request, @Context UriInfo uri) {
        return feed(Scope.SITE, null, FeedFormat.RSS, request, uri);
    }

    @GET
    @Path("/atom")
    @Produces(ATOM)
    @Operation(summary = "Atom 1.0 feed of the site", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response getSiteAtom(@Context Request request, @Context UriInfo uri) {
        return feed(Scope.SITE, null, FeedFormat.ATOM, request, uri);
    }

    @GET
    @Path("/categories/{slug}/rss")
    @Produces(RSS)
    @Operation(summary = "RSS 2.0 feed of a category, with its sub-categories", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response getCategoryRss(
            @Parameter(example = "أخر-الأخبار") @PathParam("slug") String slug,
            @Context Request request,
            @Context UriInfo uri) {
        return feed(Scope.CATEGORY, slug, FeedFormat.RSS, request, uri);
    }

    @GET
    @Path("/categories/{slug}/atom")
    @Produces(ATOM)
    @Operation(summary = "Atom 1.0 feed of a category, with its sub-categories", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response getCategoryAtom(
            @Parameter(example = "أخر-الأخبار") @PathParam("slug") String slug,
            @Context Request request,
            @Context UriInfo uri) {
        return feed(Scope.CATEGORY, slug, FeedFormat.ATOM, request, uri);
    }

    @GET
    @Path("/tags/{slug}/rss")
    @Produces(RSS)
    @Operation(summary = "RSS 2.0 feed of a tag", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response getTagRss(
            @Parameter(example = "سوريا") @PathParam("slug") String slug,
            @Context Request request,
            @Context UriInfo uri) {
        return feed(Scope.TAG, slug, FeedFormat.RSS, request, uri);
    }

    @GET
    @Path("/tags/{slug}/atom")
    @Produces(ATOM)
    @Operation(summary = "Atom 1.0 feed of a tag", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response getTagAtom(
            @Parameter(example = "سوريا") @PathParam("slug") String slug,
            @Context Request request,
            @Context UriInfo uri) {
        return feed(Scope.TAG, slug, FeedFormat.ATOM, request, uri);
    }

    @GET
    @Path("/authors/{slug}/rss")
    @Produces(RSS)
    @Operation(summary = "RSS 2.0 feed of an author", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response getAuthorRss(
            @Parameter(example = "rami-fakhori") @PathParam("slug") String slug,
            @Context Request request,
            @Context UriInfo uri) {
        return feed(Scope.AUTHOR, slug, FeedFormat.RSS, request, uri);
    }

    @GET
    @Path("/authors/{slug}/atom")
    @Produces(ATOM)
    @Operation(summary = "Atom 1.0 feed of an author", description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response getAuthorAtom(
            @Parameter(example = "rami-fakhori") @PathParam("slug") String slug,
            @Context Request request,
            @Context UriInfo uri) {
        return feed(Scope.AUTHOR, slug, FeedFormat.ATOM, request, uri);
    }

    private Response feed(Scope scope, String slug, FeedFormat format, Request request, UriInfo uri) {
        String self = urls.absolutePath(uri).build().toString();
        return responses
                .serve(uri.getRequestUri().getRawPath(), () -> feeds.feed(scope, slug, format, self), request, headers)
                .orElseThrow(() -> ProblemException.notFound(
                        "No " + scope.name().toLowerCase() + " has the slug '" + slug + "'."));
    }
}
