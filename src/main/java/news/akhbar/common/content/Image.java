package news.akhbar.common.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Image")
public record Image(
        @Schema(required = true, examples = "https://taifpost.example/media/2025/01/assad-moscow.jpg")
        @NotBlank
        @Size(max = 2048)
        String url,

        @Schema(examples = "بشار الأسد في موسكو") @Size(max = 500)
        String alt,

        @Schema(examples = "صورة أرشيفية") @Size(max = 1000) String caption,
        @Schema(examples = "وكالات") @Size(max = 300) String credit,
        @Schema(examples = "1200") @Min(1) @Max(100_000) Integer width,
        @Schema(examples = "675") @Min(1) @Max(100_000) Integer height) {

    public static Image of(String url, String alt) {
        return url == null ? null : new Image(url, alt, null, null, null, null);
    }
}
