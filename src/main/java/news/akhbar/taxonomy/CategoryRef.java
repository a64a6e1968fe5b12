package news.akhbar.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.text.TextDirection;

@Schema(name = "CategoryRef")
public record CategoryRef(
        @Schema(required = true, examples = "أخر-الأخبار") String slug,
        @Schema(required = true, examples = "أخر الأخبار") String name,

        @Schema(required = true, description = "Its language, which may differ from the article's.", examples = "ar")
        String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir) {

    static CategoryRef from(Category category) {
        return category == null
                ? null
                : new CategoryRef(category.slug, category.name, category.lang, TextDirection.of(category.lang));
    }
}
