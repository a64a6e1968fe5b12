package news.akhbar.media;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Rendition;
import news.akhbar.common.text.TextDirection;

/** An item of the media library, for the newsroom. */
@Schema(name = "Media")
public record MediaResponse(
        @Schema(required = true, examples = "q7Lx2mN0c4RtYb8Z")
        String key,

        @Schema(
                required = true,
                description = "The widest rendition: the address to give as an image's url in articles and authors.",
                examples = "https://api.taifpost.example/api/v1/media/q7Lx2mN0c4RtYb8Z/1600.jpg")
        String url,

        @Schema(required = true, description = "Type of the renditions.", examples = "image/jpeg")
        String type,

        @Schema(required = true, description = "Type of the upload, read from its bytes.", examples = "image/webp")
        String sourceType,

        @Schema(required = true, examples = "4000") int width,
        @Schema(required = true, examples = "2667") int height,
        @Schema(required = true) List<Rendition> renditions,
        @Schema(examples = "بشار الأسد في موسكو") String alt,
        @Schema(examples = "صورة أرشيفية من زيارة سابقة") String caption,
        @Schema(examples = "وكالات") String credit,
        @Schema(required = true, examples = "ar") String lang,
        @Schema(required = true, examples = "rtl") String dir,
        @Schema(examples = "assad-moscow.jpg") String fileName,

        @Schema(required = true, description = "Bytes of the upload.", examples = "3145728")
        long size,

        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    static MediaResponse from(Media media, String baseUrl, String siteLang) {
        String lang = media.lang != null ? media.lang : siteLang;
        String base = baseUrl + media.key + "/";
        return new MediaResponse(
                media.key,
                base + media.widest() + "." + media.extension(),
                media.contentType,
                media.sourceType,
                media.width,
                media.height,
                media.ref().renditions(base + media.widest() + "." + media.extension()),
                media.alt,
                media.caption,
                media.credit,
                lang,
                TextDirection.of(lang),
                media.fileName,
                media.sizeBytes,
                media.createdAt,
                media.updatedAt);
    }
}
