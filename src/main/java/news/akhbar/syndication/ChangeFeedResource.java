package news.akhbar.syndication;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.QueryParams;
import news.akhbar.common.problem.ProblemException;

/** What changed in public, for apps that keep an offline copy and for integrators that mirror the site. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Changes",
        description = "The public change feed: articles, authors, categories and tags that became public, changed, or "
                + "stopped being public, in commit order.")
public class ChangeFeedResource {

    static final int MAX_LIMIT = 500;

    @Inject
    ChangeFeedService feed;

    @GET
    @Operation(
            summary = "List public changes since a cursor",
            description = "Start with `since=0` (or without it) and follow `nextCursor`; while `more` is true, ask "
                    + "again at once, then poll. Every item is given as it is now, so replaying the whole feed from "
                    + "the start, and applying `upsert` and `remove` by kind and slug, ends with exactly the public "
                    + "state: unpublished, archived and deleted articles come as `remove`, a renamed slug as a "
                    + "`remove` of the old and an `upsert` of the new, a scheduled article when its time comes. "
                    + "A draft never appears.")
    @APIResponse(
            responseCode = "200",
            description = "One page of changes; empty with the same cursor when nothing changed.")
    public RestResponse<ChangeFeed> listChanges(
            @Parameter(description = "`nextCursor` of the previous page; 0 or none for the start.", example = "0")
                    @QueryParam("since")
                    String since,
            @Parameter(description = "At most this many items (1–500, default 100).", example = "100")
                    @QueryParam("limit")
                    String limit) {
        long after = cursor(since);
        int size = QueryParams.wholeNumber("limit", limit, 1, MAX_LIMIT, 100);
        // A page is resolved as of now: a CDN may keep it only while it revalidates.
        return RestResponse.ResponseBuilder.ok(feed.read(after, size))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    private static long cursor(String since) {
        String value = QueryParams.blankToNull(since);
        if (value == null) {
            return 0;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw ProblemException.invalidQueryParameter("since", "must be a cursor this feed gave (nextCursor), or 0");
    }
}
