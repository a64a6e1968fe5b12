package news.akhbar.taxonomy;

import news.akhbar.common.content.PublicNumbers;

/**
 * A category or tag as numeric-id APIs show it: its {@link PublicNumbers number}, its parent's id (categories), and
 * how many published articles it holds on its own (without sub-categories, as WordPress counts).
 */
public record Term(
        long id, long number, String slug, String name, String description, Long parentId, String lang, long count) {

    static Term of(Category category, long count) {
        return new Term(
                category.id,
                PublicNumbers.of(category.wpId, category.id),
                category.slug,
                category.name,
                category.description,
                category.parent == null ? null : category.parent.id,
                category.lang,
                count);
    }

    static Term of(Tag tag, long count) {
        return new Term(tag.id, PublicNumbers.of(tag.wpId, tag.id), tag.slug, tag.name, null, null, tag.lang, count);
    }
}
