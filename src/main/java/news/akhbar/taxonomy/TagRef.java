package news.akhbar.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.text.TextDirection;

@Schema(name = "TagRef")
public record TagRef(
        @Schema(required = true, examples = "سوريا") String slug,
        @Schema(required = true, examples = "سوريا") String name,

        @Schema(required = true, description = "Its language, which may differ from the article's.", examples = "ar")
        String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir) {

    static TagRef from(Tag tag) {
        return new TagRef(tag.slug, tag.name, tag.lang, TextDirection.of(tag.lang));
    }
}
