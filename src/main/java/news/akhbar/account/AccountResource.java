package news.akhbar.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.MergePatch;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: accounts", description = "Staff accounts and their roles.")
public class AccountResource {

    @Inject
    ApiUrls urls;

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @GET
    @Path("/accounts")
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(summary = "List staff accounts", description = "Oldest first. Emails are never shown, only a hint.")
    @APIResponse(
            responseCode = "200",
            description = "One page of accounts.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<AccountResponse>> listAccounts(@BeanParam PageParams paging, @Context UriInfo uri) {
        return accounts.list(paging.toRequest()).toResponse(urls.request(uri));
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(summary = "Create a staff account")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            headers = {@Header(ref = ApiDocs.LOCATION_HEADER), @Header(ref = ApiDocs.ETAG_HEADER)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public RestResponse<AccountResponse> createAccount(@Valid AccountRequests.Create request, @Context UriInfo uri) {
        var created = accounts.create(request);
        return created.created(
                urls.absolutePath(uri).path(String.valueOf(created.body().id())).build());
    }

    @GET
    @Path("/accounts/{id}")
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(summary = "Get a staff account")
    @APIResponse(
            responseCode = "200",
            description = "The account.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountResponse.class)))
    public RestResponse<AccountResponse> getAccount(@PathParam("id") long id) {
        return accounts.get(id).ok();
    }

    @PATCH
    @Path("/accounts/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(
            summary = "Change a staff account",
            description = "Role, display name, linked author profile, or `enabled: false` to lock it out at once. "
                    + "The last enabled admin cannot be demoted or disabled.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = AccountRequests.Patch.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed account.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<AccountResponse> updateAccount(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            JsonNode patch) {
        AccountRequests.Patch merged =
                MergePatch.apply(json, validator, accounts.currentAsPatch(id), patch, AccountRequests.Patch.class);
        return accounts.update(id, ifMatch, merged, Actor.of(identity)).ok();
    }

    @POST
    @Path("/accounts/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(summary = "Reset a staff account's password", description = "Sets a new password chosen by the admin.")
    @APIResponse(responseCode = "204", description = "Reset.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void resetPassword(
            @PathParam("id") long id,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid AccountRequests.PasswordReset request) {
        accounts.resetPassword(id, ifMatch, request.newPassword());
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR, Role.Name.MODERATOR})
    @Operation(summary = "Get your own account")
    @APIResponse(responseCode = "200", description = "Your account.")
    public AccountResponse getOwnAccount() {
        return accounts.me(Actor.of(identity));
    }

    @POST
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR, Role.Name.MODERATOR})
    @Operation(summary = "Change your own password", description = "Needs the current password.")
    @APIResponse(responseCode = "204", description = "Changed.")
    public void changeOwnPassword(@Valid AccountRequests.PasswordChange request) {
        accounts.changeOwnPassword(Actor.of(identity), request.currentPassword(), request.newPassword());
    }
}
