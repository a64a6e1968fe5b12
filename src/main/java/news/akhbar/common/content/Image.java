package news.akhbar.common.content;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.text.TextDirection;

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
        @Schema(examples = "675") @Min(1) @Max(100_000) Integer height,

        @Schema(
                description = "Language of alt and caption when it is not the article's (an English caption in an "
                        + "Arabic article); absent when it is.",
                examples = "en")
        @Pattern(regexp = TextDirection.TAG_PATTERN)
        @Size(max = 35)
        String lang,

        @Schema(
                readOnly = true,
                description = "Direction of alt and caption, with lang.",
                enumeration = {"rtl", "ltr"})
        String dir,

        @Schema(
                readOnly = true,
                description =
                        "For an image of the media library: its sizes, narrowest first, for srcset. Ignored in requests.")
        List<Rendition> renditions) {

    public Image(String url, String alt, String caption, String credit, Integer width, Integer height) {
        this(url, alt, caption, credit, width, height, null, null, null);
    }

    /** The image with its text in {@code lang} (null: the article's), and the direction that goes with it. */
    public Image withLang(String textLang) {
        String tag = textLang == null || textLang.isBlank() ? null : textLang;
        return new Image(
                url, alt, caption, credit, width, height, tag, tag == null ? null : TextDirection.of(tag), renditions);
    }

    public static Image of(String url, String alt) {
        return url == null ? null : new Image(url, alt, null, null, null, null);
    }

    /** An image that may be of the media library ({@code media} its stored {@link MediaRef}, or null). */
    public static Image of(String url, String alt, String media) {
        if (url == null) {
            return null;
        }
        MediaRef ref = MediaRef.parse(media);
        List<Rendition> renditions = ref == null ? List.of() : ref.renditions(url);
        if (renditions.isEmpty()) {
            return of(url, alt);
        }
        int width = ref.widthOf(url);
        return new Image(url, alt, null, null, width, ref.heightAt(width), null, null, renditions);
    }

    public Image withRenditions(String media) {
        MediaRef ref = MediaRef.parse(media);
        return ref == null
                ? this
                : new Image(url, alt, caption, credit, width, height, lang, dir, nullIfEmpty(ref.renditions(url)));
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
