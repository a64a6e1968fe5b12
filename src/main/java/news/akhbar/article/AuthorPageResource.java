package news.akhbar.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.text.Slugs;

/** An author's page: the profile with their articles. Here because it shows articles; the list of authors is the author feature's. */
@Path("/api/v1/authors/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Author profiles: the author box of an article page.")
public class AuthorPageResource {

    @Inject
    ApiUrls urls;

    @Inject
    ArticleService articles;

    @GET
    @Operation(
            summary = "Get an author by slug",
            description = "The author box in one call: bio, avatar, website, social links, published article count "
                    + "and the 5 newest published articles. The author's email is never shown.")
    @APIResponse(responseCode = "200", description = "The author.")
    public AuthorBox getAuthorBySlug(@Parameter(example = "rami-fakhori") @PathParam("slug") String slug) {
        return articles.authorBox(slug).orElseThrow(() -> notFound(slug));
    }

    @GET
    @Path("/articles")
    @Operation(
            summary = "List an author's published articles",
            description = "Newest first, paged like the article list.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the author's articles.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<ArticleSummary>> listAuthorArticles(
            @Parameter(example = "rami-fakhori") @PathParam("slug") String slug,
            @BeanParam PageParams paging,
            @Parameter(description = ApiDocs.CURSOR_DESCRIPTION) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return articles.authorArticles(slug, paging.toRequest(), cursor == null || cursor.isBlank() ? null : cursor)
                .orElseThrow(() -> notFound(slug))
                .toResponse(urls.request(uri), CacheKeys.ARTICLES, CacheKeys.author(Slugs.normalize(slug)));
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No author has the slug '" + slug + "'.");
    }
}
