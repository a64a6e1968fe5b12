package news.akhbar.author;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;

/** The list of authors; an author's own page, with their articles, is the article feature's AuthorPageResource. */
@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Author profiles: the author box of an article page.")
public class AuthorResource {

    @Inject
    ApiUrls urls;

    @Inject
    AuthorService authors;

    @GET
    @Operation(summary = "List authors", description = "All authors by name, each with their published article count.")
    @APIResponse(
            responseCode = "200",
            description = "One page of authors.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<AuthorSummary>> listAuthors(@BeanParam PageParams paging, @Context UriInfo uri) {
        return authors.list(paging.toRequest()).toResponse(urls.request(uri), CacheKeys.AUTHORS, CacheKeys.ARTICLES);
    }
}
