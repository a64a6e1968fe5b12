package news.akhbar.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something from another site quoted in an article (a video, a post, a map), for an app to render natively. */
@Schema(name = "Embed")
public record Embed(
        @Schema(
                required = true,
                enumeration = {
                    "youtube",
                    "vimeo",
                    "x",
                    "instagram",
                    "facebook",
                    "tiktok",
                    "soundcloud",
                    "googleMaps",
                    "iframe"
                })
        String provider,

        @Schema(
                required = true,
                description = "The canonical address of what is embedded.",
                examples = "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        String url,

        @Schema(description = "The provider's id of it, where it has one.", examples = "dQw4w9WgXcQ")
        String id,

        @Schema(description = "Its caption or title, as the editor gave it.", examples = "لحظة وصول الطائرة إلى موسكو")
        String title,

        @Schema(description = "Width to height, where the provider's player has a fixed shape.", examples = "16:9")
        String aspectRatio) {}
