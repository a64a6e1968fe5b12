package news.akhbar.author;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin/authors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR})
@Tag(name = "Admin: authors", description = "Author profiles, with their private fields.")
public class AdminAuthorResource {

    @Inject
    ApiUrls urls;

    @Inject
    AuthorService authors;

    @GET
    @Operation(summary = "List author profiles", description = "Oldest first, with private fields.")
    @APIResponse(
            responseCode = "200",
            description = "One page of authors.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<AdminAuthorResponse>> listAdminAuthors(
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return authors.listAdmin(paging.toRequest()).toResponse(urls.request(uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an author profile by id")
    @APIResponse(
            responseCode = "200",
            description = "The author.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminAuthorResponse.class)))
    public RestResponse<AdminAuthorResponse> getAdminAuthor(@PathParam("id") long id) {
        return authors.getAdmin(id).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an author profile", description = "Without a slug, one is made from the name.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            headers = {@Header(ref = ApiDocs.LOCATION_HEADER), @Header(ref = ApiDocs.ETAG_HEADER)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdminAuthorResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public RestResponse<AdminAuthorResponse> createAuthor(@Valid @NotNull AuthorRequest request, @Context UriInfo uri) {
        var created = authors.createAuthor(request);
        return created.created(
                urls.absolutePath(uri).path(String.valueOf(created.body().id())).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an author profile")
    @APIResponse(responseCode = "204", description = "Replaced.", headers = @Header(ref = ApiDocs.ETAG_HEADER))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<Void> replaceAuthor(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull AuthorRequest request) {
        return authors.replace(id, ifMatch, request).noContent();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an author profile", description = "Refused with 409 while articles name the author.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = ApiDocs.IN_USE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void deleteAuthor(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        authors.delete(id, ifMatch);
    }
}
