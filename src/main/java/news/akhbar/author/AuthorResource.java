package news.akhbar.author;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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

import news.akhbar.article.ArticleSummary;
import news.akhbar.common.ApiResponses;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Author profiles: the author box of an article page.")
public class AuthorResource {

    @Inject
    AuthorService authors;

    @GET
    @Operation(summary = "List authors", description = "All authors by name, each with their published article count.")
    @APIResponse(
            responseCode = "200",
            description = "One page of authors.",
            headers = {@Header(ref = ApiResponses.LINK_HEADER), @Header(ref = ApiResponses.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<AuthorSummary>> listAuthors(
            @Parameter(description = "Page number, from 1.") @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @Parameter(description = "Items per page, 1 to 100.")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            @Context UriInfo uri) {
        return authors.list(new PageRequest(page, size)).toResponse(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get an author by slug",
            description = "The author box in one call: bio, avatar, website, social links, published article count "
                    + "and the 5 newest published articles. The author's email is never shown.")
    @APIResponse(responseCode = "200", description = "The author.")
    public AuthorResponse getAuthorBySlug(@Parameter(example = "rami-fakhori") @PathParam("slug") String slug) {
        return authors.get(slug);
    }

    @GET
    @Path("/{slug}/articles")
    @Operation(
            summary = "List an author's published articles",
            description = "Newest first, paged like the article list.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the author's articles.",
            headers = {@Header(ref = ApiResponses.LINK_HEADER), @Header(ref = ApiResponses.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<ArticleSummary>> listAuthorArticles(
            @Parameter(example = "rami-fakhori") @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 1.") @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @Parameter(description = "Items per page, 1 to 100.")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            @Context UriInfo uri) {
        return authors.articles(slug, new PageRequest(page, size)).toResponse(uri);
    }
}
