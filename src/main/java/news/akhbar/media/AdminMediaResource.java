package news.akhbar.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.MergePatch;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

@Path("/api/v1/admin/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR, Role.Name.AUTHOR})
@Tag(name = "Admin: media", description = "The image library: uploads, their renditions and their alt text.")
public class AdminMediaResource {

    private static final String KEY = "{key}";

    @Inject
    MediaService library;

    @Inject
    ApiUrls urls;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** The multipart form of an upload, as the contract shows it. */
    @Schema(name = "MediaUpload")
    public record UploadForm(
            @Schema(
                    required = true,
                    type = SchemaType.STRING,
                    format = "binary",
                    description = "JPEG, PNG, WebP or GIF.")
            String file,

            @Schema(examples = "بشار الأسد في موسكو") String alt,
            @Schema(examples = "صورة أرشيفية") String caption,
            @Schema(examples = "وكالات") String credit,
            @Schema(examples = "ar") String lang) {}

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload an image",
            description = "multipart/form-data with the image in `file` and, optionally, its words. The type is read"
                    + " from the bytes; renditions are made at akhbar.media.widths (never wider than the image), all"
                    + " of them encoded anew, so no metadata (EXIF, GPS) of the upload is ever served.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored, with its renditions.",
            headers = {@Header(ref = ApiDocs.LOCATION_HEADER), @Header(ref = ApiDocs.ETAG_HEADER)},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "422", ref = ApiDocs.IMAGE_REFUSED)
    public RestResponse<MediaResponse> uploadMedia(
            @RestForm("file") FileUpload file,
            @RestForm("alt") String alt,
            @RestForm("caption") String caption,
            @RestForm("credit") String credit,
            @RestForm("lang") String lang,
            @Context UriInfo uri) {
        if (file == null || file.filePath() == null) {
            throw ProblemException.invalidField("file", "send the image in the multipart part named 'file'");
        }
        MediaRequest words = checked(new MediaRequest(alt, caption, credit, lang));
        byte[] bytes = read(file);
        var created =
                library.upload(bytes, file.fileName(), words, Actor.of(identity).accountId());
        return created.created(urls.absolutePath(uri).path(created.body().key()).build());
    }

    @GET
    @Operation(summary = "List the media library", description = "Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page of items.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<MediaResponse>> listMedia(@BeanParam PageParams paging, @Context UriInfo uri) {
        return library.list(paging.toRequest()).toResponse(urls.request(uri));
    }

    @GET
    @Path(KEY)
    @Operation(summary = "Get a media item")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaResponse.class)))
    public RestResponse<MediaResponse> getMedia(@PathParam("key") String key) {
        return library.get(key).ok();
    }

    @PATCH
    @Path(KEY)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Change the words of a media item",
            description = "A JSON merge patch of alt, caption, credit and lang. The alt text of an item in use can be"
                    + " changed, not removed.")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = MediaRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed item.",
            headers = @Header(ref = ApiDocs.ETAG_HEADER),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "422", ref = ApiDocs.ALT_TEXT_REQUIRED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<MediaResponse> updateMedia(
            @PathParam("key") String key,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            JsonNode patch) {
        MediaRequest merged =
                MergePatch.apply(json, validator, library.currentAsRequest(key), patch, MediaRequest.class);
        return library.update(key, ifMatch, merged).ok();
    }

    @DELETE
    @Path(KEY)
    @RolesAllowed({Role.Name.ADMIN, Role.Name.EDITOR})
    @Operation(
            summary = "Delete a media item",
            description = "With its renditions, for good; refused with 409 while an article or author shows it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = ApiDocs.IN_USE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public void deleteMedia(
            @PathParam("key") String key,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        library.delete(key, ifMatch);
    }

    private MediaRequest checked(MediaRequest words) {
        var violations = validator.validate(words);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return words;
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.filePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
