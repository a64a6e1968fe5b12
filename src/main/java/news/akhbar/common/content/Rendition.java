package news.akhbar.common.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One size of a library image, ready for {@code srcset}: {@code url width w}. */
@Schema(name = "Rendition")
public record Rendition(
        @Schema(required = true, examples = "https://api.taifpost.example/api/v1/media/q7Lx2mN0c4RtYb8Z/640.jpg")
        String url,

        @Schema(required = true, examples = "640") int width,
        @Schema(required = true, examples = "427") int height,
        @Schema(required = true, examples = "image/jpeg") String type) {}
