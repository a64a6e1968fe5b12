package news.akhbar.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef")
public record TagRef(
        @Schema(required = true, examples = "سوريا") String slug,
        @Schema(required = true, examples = "سوريا") String name) {

    static TagRef from(Tag tag) {
        return new TagRef(tag.slug, tag.name);
    }
}
