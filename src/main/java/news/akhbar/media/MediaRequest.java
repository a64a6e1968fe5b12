package news.akhbar.media;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.text.TextDirection;

/** The words of a library item; a merge patch changes some of them. */
@Schema(name = "MediaPatch")
public record MediaRequest(
        @Schema(
                description = "What the image shows, for readers who cannot see it; required before a published "
                        + "article may show the item.",
                examples = "بشار الأسد في موسكو")
        @Size(max = 500)
        String alt,

        @Schema(examples = "صورة أرشيفية من زيارة سابقة") @Size(max = 1000)
        String caption,

        @Schema(examples = "وكالات") @Size(max = 300) String credit,

        @Schema(description = "Language of alt, caption and credit; the site's when absent.", examples = "ar")
        @Pattern(regexp = TextDirection.TAG_PATTERN)
        @Size(max = 35)
        String lang) {}
