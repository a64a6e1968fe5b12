package news.akhbar.taxonomy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin/tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR})
@org.eclipse.microprofile.openapi.annotations.tags.Tag(
        name = "Admin: tags",
        description = "Topics that cut across categories.")
public class AdminTagResource {

    @Inject
    ApiUrls urls;

    @Inject
    TagService tags;

    @GET
    @Operation(summary = "List tags", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page of tags.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<AdminTaxonomyResponses.AdminTag>> listAdminTags(
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return tags.listAdmin(paging.toRequest()).toResponse(urls.request(uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a tag by id")
    @APIResponse(
            responseCode = "200",
            description = "The tag.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminTaxonomyResponses.AdminTag.class)))
    public RestResponse<AdminTaxonomyResponses.AdminTag> getAdminTag(@PathParam("id") long id) {
        return tags.getAdmin(id).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tag", description = "Without a slug, one is made from the name.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            headers = {@Header(ref = ApiDocs.LOCATION_HEADER), @Header(ref = ApiDocs.ETAG_HEADER)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminTaxonomyResponses.AdminTag.class)))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public RestResponse<AdminTaxonomyResponses.AdminTag> createTag(
            @Valid @NotNull TaxonomyRequests.TagRequest request, @Context UriInfo uri) {
        var created = tags.createAdmin(request);
        return created.created(
                urls.absolutePath(uri).path(String.valueOf(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a tag")
    @APIResponse(responseCode = "204", description = "Replaced.", headers = @Header(ref = ApiDocs.ETAG_HEADER))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<Void> replaceTag(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull TaxonomyRequests.TagRequest request) {
        return tags.replace(id, ifMatch, request).noContent();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a tag", description = "Refused with 409 while articles use it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = ApiDocs.IN_USE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void deleteTag(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        tags.delete(id, ifMatch);
    }
}
