package news.akhbar.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryRef")
public record CategoryRef(
        @Schema(required = true, examples = "أخر-الأخبار") String slug,
        @Schema(required = true, examples = "أخر الأخبار") String name) {

    static CategoryRef from(Category category) {
        return category == null ? null : new CategoryRef(category.slug, category.name);
    }
}
