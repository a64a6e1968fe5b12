package news.akhbar.taxonomy;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class AdminTaxonomyResponses {

    private AdminTaxonomyResponses() {}

    @Schema(name = "AdminCategory")
    record AdminCategory(
            @Schema(required = true) long id,

            @Schema(required = true, examples = "أخر-الأخبار")
            String slug,

            @Schema(required = true, examples = "أخر الأخبار")
            String name,

            String description,

            @Schema(description = "Slug of the parent category.")
            String parent,

            @Schema(required = true, examples = "ar") String lang,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {

        static AdminCategory from(Category category) {
            return new AdminCategory(
                    category.id,
                    category.slug,
                    category.name,
                    category.description,
                    category.parent == null ? null : category.parent.slug,
                    category.lang,
                    category.createdAt,
                    category.updatedAt);
        }
    }

    @Schema(name = "AdminTag")
    record AdminTag(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "سوريا") String slug,
            @Schema(required = true, examples = "سوريا") String name,
            @Schema(required = true, examples = "ar") String lang,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {

        static AdminTag from(Tag tag) {
            return new AdminTag(tag.id, tag.slug, tag.name, tag.lang, tag.createdAt, tag.updatedAt);
        }
    }
}
