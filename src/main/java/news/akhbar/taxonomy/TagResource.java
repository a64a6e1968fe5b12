package news.akhbar.taxonomy;

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
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.ApiResponses;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(
        name = "Tags",
        description = "Topics that cut across categories.")
public class TagResource {

    @Inject
    TaxonomyService taxonomy;

    @GET
    @Operation(summary = "List tags", description = "All tags by name, each with its published article count.")
    @APIResponse(
            responseCode = "200",
            description = "One page of tags.",
            headers = {@Header(ref = ApiResponses.LINK_HEADER), @Header(ref = ApiResponses.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<TagResponse>> listTags(
            @Parameter(description = "Page number, from 1.") @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @Parameter(description = "Items per page, 1 to 100.")
                    @QueryParam("size")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            @Context UriInfo uri) {
        return taxonomy.listTags(new PageRequest(page, size)).toResponse(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a tag by slug", description = "The tag with its published article count.")
    @APIResponse(responseCode = "200", description = "The tag.")
    public TagResponse getTagBySlug(@Parameter(example = "سوريا") @PathParam("slug") String slug) {
        return taxonomy.getTag(slug);
    }
}
