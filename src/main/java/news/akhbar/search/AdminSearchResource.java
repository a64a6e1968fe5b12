package news.akhbar.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.security.Role;

@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: search", description = "The search index of this instance.")
public class AdminSearchResource {

    @Schema(name = "Reindex")
    public record Reindex(
            @Schema(
                    required = true,
                    description = "`started`, or `running` when a rebuild was already under way.",
                    examples = "started")
            String status) {}

    @Inject
    SearchIndex index;

    @POST
    @Path("/reindex")
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(
            summary = "Rebuild the search index",
            description = "Rebuilds this instance's index from the database in the background. Search keeps "
                    + "answering from the current index, writes included, until the new one replaces it.")
    @APIResponse(
            responseCode = "202",
            description = "The rebuild is under way.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reindex.class)))
    public RestResponse<Reindex> reindexSearch() {
        boolean running = index.rebuilding() != null && !index.rebuilding().isDone();
        index.rebuild();
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.ACCEPTED, new Reindex(running ? "running" : "started"))
                .build();
    }
}
