package news.akhbar.syndication;

import java.util.Optional;
import java.util.function.Supplier;

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

/** Sitemaps for search engines; a frontend serves them under its own host (robots.txt names the index). */
@Path("/api/v1/sitemaps")
@Produces(SitemapService.MEDIA_TYPE)
@Tag(
        name = "Sitemaps",
        description = "sitemaps.org 0.9 sitemaps of the publisher's site (`akhbar.site.*-url`) and a Google News "
                + "sitemap of the last 48 hours.")
public class SitemapResource {

    @Inject
    SitemapService sitemaps;

    @Inject
    ApiUrls urls;

    @Inject
    Responses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("/index.xml")
    @Operation(
            summary = "Sitemap index",
            description = "Every article sitemap part, and the category, tag, author and news sitemaps.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap index.",
            content = @Content(mediaType = SitemapService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getSitemapIndex(@Context Request request) {
        String base = urls.root().path("api/v1/sitemaps").build().toString();
        return serve(() -> sitemaps.index(base), request);
    }

    @GET
    @Path("/articles-{part}.xml")
    @Operation(
            summary = "Article sitemap part",
            description = "Published articles, newest first, `akhbar.syndication.sitemap-max-urls` (2,000) per part, "
                    + "each with its last modification.")
    @APIResponse(
            responseCode = "200",
            description = "One part of the article sitemap.",
            content = @Content(mediaType = SitemapService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getArticleSitemap(
            @Parameter(description = "From 1, as the index lists them.", example = "1") @PathParam("part") String part,
            @Context Request request) {
        long number;
        try {
            number = Long.parseLong(part);
        } catch (NumberFormatException e) {
            number = 0;
        }
        long wanted = number;
        return responses
                .serve(uri.getRequestUri().getRawPath(), () -> sitemaps.articles(wanted), request, headers)
                .orElseThrow(() -> ProblemException.notFound("The article sitemap has no part '" + part + "'."));
    }

    @GET
    @Path("/categories.xml")
    @Operation(summary = "Category sitemap", description = "The page address of every category, sorted by slug.")
    @APIResponse(
            responseCode = "200",
            description = "Every category page.",
            content = @Content(mediaType = SitemapService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getCategorySitemap(@Context Request request) {
        return serve(sitemaps::categories, request);
    }

    @GET
    @Path("/tags.xml")
    @Operation(summary = "Tag sitemap", description = "The page address of every tag, sorted by slug.")
    @APIResponse(
            responseCode = "200",
            description = "Every tag page.",
            content = @Content(mediaType = SitemapService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getTagSitemap(@Context Request request) {
        return serve(sitemaps::tags, request);
    }

    @GET
    @Path("/authors.xml")
    @Operation(summary = "Author sitemap", description = "The page address of every author, sorted by slug.")
    @APIResponse(
            responseCode = "200",
            description = "Every author page.",
            content = @Content(mediaType = SitemapService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getAuthorSitemap(@Context Request request) {
        return serve(sitemaps::authors, request);
    }

    @GET
    @Path("/news.xml")
    @Operation(
            summary = "Google News sitemap",
            description = "Articles published in the last `akhbar.syndication.news-window` (48 hours), at most 1,000, "
                    + "with the publication's name and language, the title and the publication date.")
    @APIResponse(
            responseCode = "200",
            description = "The news sitemap.",
            content = @Content(mediaType = SitemapService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getNewsSitemap(@Context Request request) {
        return serve(sitemaps::news, request);
    }

    private Response serve(Supplier<Rendered> render, Request request) {
        return responses
                .serve(uri.getRequestUri().getRawPath(), () -> Optional.of(render.get()), request, headers)
                .orElseThrow();
    }
}
