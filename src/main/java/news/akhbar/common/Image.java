package news.akhbar.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Image")
public record Image(
        @Schema(required = true, examples = "https://taifpost.example/media/2025/01/assad-moscow.jpg") String url,
        @Schema(examples = "بشار الأسد في موسكو") String alt,
        @Schema(examples = "صورة أرشيفية") String caption,
        @Schema(examples = "وكالات") String credit,
        @Schema(examples = "1200") Integer width,
        @Schema(examples = "675") Integer height) {

    public static Image of(String url, String alt) {
        return url == null ? null : new Image(url, alt, null, null, null, null);
    }
}
