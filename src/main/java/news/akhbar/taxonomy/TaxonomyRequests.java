package news.akhbar.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.text.TextDirection;

/** What an editor sets on categories and tags. */
public final class TaxonomyRequests {

    private TaxonomyRequests() {}

    public record CategoryRequest(
            @Size(max = 200) String slug,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Size(max = 200) String parent,

            @Schema(pattern = TextDirection.TAG_PATTERN, examples = "ar") @Size(max = 35)
            String lang) {}

    public record TagRequest(
            @Size(max = 200) String slug,
            @NotBlank @Size(max = 200) String name,

            @Schema(pattern = TextDirection.TAG_PATTERN, examples = "ar") @Size(max = 35)
            String lang) {}
}
