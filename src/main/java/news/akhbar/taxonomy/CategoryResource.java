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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "Sections of the site, as a tree.")
public class CategoryResource {

    @Inject
    ApiUrls urls;

    @Inject
    CategoryService categories;

    @GET
    @Operation(
            summary = "List categories",
            description = "All categories by name, each with its parent and its published article count "
                    + "(sub-categories included).")
    @APIResponse(
            responseCode = "200",
            description = "One page of categories.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<CategoryResponse>> listCategories(
            @BeanParam PageParams.WholeList paging, @Context UriInfo uri) {
        return categories
                .list(paging.toRequest())
                .toResponse(urls.request(uri), CacheKeys.CATEGORIES, CacheKeys.ARTICLES);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get a category by slug",
            description = "The category with its parent and direct sub-categories.")
    @APIResponse(responseCode = "200", description = "The category.")
    public CategoryResponse getCategoryBySlug(@Parameter(example = "أخر-الأخبار") @PathParam("slug") String slug) {
        return categories.get(slug);
    }
}
