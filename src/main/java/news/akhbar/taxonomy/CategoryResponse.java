package news.akhbar.taxonomy;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.text.TextDirection;

@Schema(name = "Category")
public record CategoryResponse(
        @Schema(required = true, examples = "أخر-الأخبار") String slug,
        @Schema(required = true, examples = "أخر الأخبار") String name,

        @Schema(examples = "آخر الأخبار العاجلة من سوريا والعالم")
        String description,

        @Schema(description = "The parent category; absent for a top-level category.")
        CategoryRef parent,

        @Schema(required = true, description = "Direct sub-categories, by name.")
        List<CategoryRef> children,

        @Schema(
                required = true,
                description = "Published articles in this category and its sub-categories.",
                examples = "14")
        long articleCount,

        @Schema(required = true, examples = "ar") String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir)
        implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        keys.add(CacheKeys.CATEGORIES);
        keys.add(CacheKeys.ARTICLES);
    }

    static CategoryResponse from(Category category, List<CategoryRef> children, long articleCount) {
        return new CategoryResponse(
                category.slug,
                category.name,
                category.description,
                CategoryRef.from(category.parent),
                children,
                articleCount,
                category.lang,
                TextDirection.of(category.lang));
    }
}
