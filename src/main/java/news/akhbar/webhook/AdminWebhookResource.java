package news.akhbar.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.security.Role;
import news.akhbar.webhook.WebhookDtos.DeliveryResponse;
import news.akhbar.webhook.WebhookDtos.WebhookRequest;
import news.akhbar.webhook.WebhookDtos.WebhookResponse;

@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Name.ADMIN)
@Tag(
        name = "Admin: webhooks",
        description = "Partners told of each publication, correction and removal: signed POSTs (Standard Webhooks), "
                + "retried with backoff, never lost across restarts.")
public class AdminWebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    ApiUrls urls;

    @GET
    @Operation(summary = "List webhooks", description = "Oldest first; secrets are never shown again.")
    @APIResponse(
            responseCode = "200",
            description = "One page of webhooks.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<WebhookResponse>> listWebhooks(@BeanParam PageParams paging, @Context UriInfo uri) {
        return webhooks.list(paging.toRequest()).toResponse(urls.request(uri));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a webhook",
            description = "Only http(s) URLs; by default none that resolves to a loopback, private or link-local "
                    + "address, checked at each delivery. The answer holds the secret, once.")
    @APIResponse(
            responseCode = "201",
            description = "Registered.",
            headers = @Header(ref = ApiDocs.LOCATION_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookResponse.class)))
    public RestResponse<WebhookResponse> createWebhook(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
        WebhookResponse created = webhooks.create(request);
        return RestResponse.ResponseBuilder.<WebhookResponse>created(urls.absolutePath(uri)
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook by id")
    @APIResponse(responseCode = "200", description = "The webhook.")
    public WebhookResponse getWebhook(@PathParam("id") long id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "With its deliveries; pending ones are not sent.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteWebhook(@PathParam("id") long id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/ping")
    @Operation(summary = "Ping a webhook", description = "Queues a `ping` event for this webhook alone.")
    @APIResponse(
            responseCode = "202",
            description = "Queued.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryResponse.class)))
    public RestResponse<DeliveryResponse> pingWebhook(@PathParam("id") long id) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, webhooks.ping(id))
                .build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            summary = "List a webhook's deliveries",
            description = "Newest first, with status, attempts and the last answer or error.")
    @APIResponse(
            responseCode = "200",
            description = "One page of deliveries.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<DeliveryResponse>> listWebhookDeliveries(
            @PathParam("id") long id, @BeanParam PageParams paging, @Context UriInfo uri) {
        return webhooks.deliveries(id, paging.toRequest()).toResponse(urls.request(uri));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Redeliver", description = "Sends a delivery again, whatever its status.")
    @APIResponse(
            responseCode = "202",
            description = "Queued.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryResponse.class)))
    public RestResponse<DeliveryResponse> redeliverWebhookDelivery(
            @PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, webhooks.redeliver(id, deliveryId))
                .build();
    }
}
