package news.akhbar.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SocialLink")
public record SocialLink(
        @Schema(required = true, examples = "x") String network,

        @Schema(required = true, examples = "https://x.com/taifpost")
        String url) {}
