package news.akhbar.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.identity.SecurityIdentity;
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
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Name.ADMIN)
@Tag(name = "Admin: API tokens", description = "Long-lived tokens for integrations, sent as `Authorization: Bearer …`.")
public class ApiTokenResource {

    @Inject
    ApiUrls urls;

    @Inject
    ApiTokenService tokens;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API token",
            description = "The answer carries the secret, once: only a hash of it is kept.")
    @APIResponse(
            responseCode = "201",
            description = "Created, with its secret.",
            headers = @Header(ref = ApiDocs.LOCATION_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiTokenResponse.class)))
    public RestResponse<ApiTokenResponse> createApiToken(
            @Valid TokenRequests.CreateApiToken request, @Context UriInfo uri) {
        ApiTokenResponse created = tokens.create(request, Actor.of(identity));
        return RestResponse.ResponseBuilder.<ApiTokenResponse>created(urls.absolutePath(uri)
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List API tokens", description = "Oldest first, revoked ones included; never their secrets.")
    @APIResponse(
            responseCode = "200",
            description = "One page of tokens.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<ApiTokenResponse>> listApiTokens(@BeanParam PageParams paging, @Context UriInfo uri) {
        return tokens.list(paging.toRequest()).toResponse(urls.request(uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an API token", description = "Without its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The token.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiTokenResponse.class)))
    public RestResponse<ApiTokenResponse> getApiToken(@PathParam("id") long id) {
        return tokens.get(id).ok();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API token", description = "It stops working at once; it stays listed as revoked.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void revokeApiToken(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        tokens.revoke(id, ifMatch);
    }
}
