package news.akhbar.wordpress;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.problem.ProblemException;

@Path("/api/v1/redirects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Redirects",
        description = "Old links of the WordPress site (permalinks, `?p=` links, category, tag and author archives) "
                + "to the pages that show the same content now, for a frontend or an edge function to redirect.")
public class RedirectResource {

    @Inject
    OldAddresses addresses;

    @GET
    @Operation(
            summary = "Resolve an old WordPress address",
            description = "Permalinks follow `akhbar.wordpress.permalink-structure`; a renamed article's old slug "
                    + "and a post's WordPress id both lead to it.")
    @APIResponse(
            responseCode = "301",
            description = "The address lives on; `Location` and the body say where.",
            headers = @Header(ref = ApiDocs.LOCATION_HEADER),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Redirect.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public RestResponse<Redirect> resolveRedirect(
            @Parameter(
                            description = "The old address: a path with its query, or a whole URL; percent-encoded "
                                    + "or not.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 2048),
                            examples = {
                                @ExampleObject(name = "a permalink", value = "/2024/12/08/تفاصيل-جديدة-تكشف-لأول-مرة/"),
                                @ExampleObject(name = "a plain link", value = "/?p=12345"),
                                @ExampleObject(name = "a category archive", value = "/category/أخر-الأخبار/")
                            })
                    @QueryParam("path")
                    String path) {
        if (path == null || path.isBlank()) {
            throw ProblemException.invalidQueryParameter("path", "required: the old address");
        }
        if (path.length() > 2048) {
            throw ProblemException.invalidQueryParameter("path", "at most 2048 characters");
        }
        Redirect redirect = addresses
                .resolve(path)
                .orElseThrow(() -> ProblemException.notFound("Nothing public lives at '" + path + "' now."));
        return RestResponse.ResponseBuilder.<Redirect>create(RestResponse.Status.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, redirect.location())
                .entity(redirect)
                .build();
    }
}
