package news.akhbar.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.problem.ProblemException;

@Path("/api/v1/media")
@Tag(name = "Media", description = "Renditions of library images, at addresses that never change.")
public class MediaResource {

    /** A rendition never changes once made: browsers and CDNs may keep it for a year and never ask again. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    // Checked before the store is asked: a key names a folder of the file store.
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,32}");
    private static final Pattern FILE = Pattern.compile("([0-9]{1,5})\\.(jpg|png)");

    @Inject
    MediaService library;

    @GET
    @Path("/{key}/{file}")
    @Operation(
            summary = "Get a rendition of an image",
            description = "The addresses are those of `renditions` on every image; encoded anew from the upload,"
                    + " with no metadata.")
    @APIResponse(
            responseCode = "200",
            description = "The image.",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public RestResponse<byte[]> getMediaFile(
            @Parameter(description = "The item's key.", example = "q7Lx2mN0c4RtYb8Z") @PathParam("key") String key,
            @Parameter(description = "The rendition: its width and the item's extension.", example = "640.jpg")
                    @PathParam("file")
                    String file,
            @Context HttpHeaders headers) {
        Matcher rendition = FILE.matcher(file);
        if (!KEY.matcher(key).matches() || !rendition.matches()) {
            throw ProblemException.notFound("No such rendition.");
        }
        int width = Integer.parseInt(rendition.group(1));
        String extension = rendition.group(2);
        byte[] bytes = library.rendition(key, width, extension)
                .orElseThrow(() -> ProblemException.notFound("No such rendition."));
        String etag = "\"" + key + "-" + width + "\"";
        // If-None-Match is documented once for every public read (ProblemResponsesFilter), so read it here.
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return RestResponse.ResponseBuilder.<byte[]>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(bytes, "png".equals(extension) ? "image/png" : "image/jpeg")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .build();
    }
}
