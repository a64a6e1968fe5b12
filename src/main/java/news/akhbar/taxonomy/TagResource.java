package news.akhbar.taxonomy;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(
        name = "Tags",
        description = "Topics that cut across categories.")
public class TagResource {

    @Inject
    ApiUrls urls;

    @Inject
    TagService tags;

    @GET
    @Operation(summary = "List tags", description = "All tags by name, each with its published article count.")
    @APIResponse(
            responseCode = "200",
            description = "One page of tags.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<TagResponse>> listTags(@BeanParam PageParams.WholeList paging, @Context UriInfo uri) {
        return tags.list(paging.toRequest()).toResponse(urls.request(uri), CacheKeys.TAGS, CacheKeys.ARTICLES);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a tag by slug", description = "The tag with its published article count.")
    @APIResponse(responseCode = "200", description = "The tag.")
    public TagResponse getTagBySlug(@Parameter(example = "سوريا") @PathParam("slug") String slug) {
        return tags.get(slug);
    }
}
