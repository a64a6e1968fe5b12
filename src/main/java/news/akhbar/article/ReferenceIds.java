package news.akhbar.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import news.akhbar.author.AuthorService;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;

/**
 * The ids of the authors, categories and tags that a transaction's articles name, each looked up once per
 * transaction: an import batch names the same few hundred slugs a hundred times, and looking them up per article was
 * a tenth of the import. Only found ids are kept, so a tag created later in the same batch is still found; the memo
 * dies with the transaction, so a rolled-back batch leaves no id behind.
 */
@TransactionScoped
class ReferenceIds {

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    private final Map<String, Long> authorIds = new HashMap<>();
    private final Map<String, Long> categoryIds = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();

    Optional<Long> author(String slug) {
        return memo(authorIds, slug, () -> authors.findId(slug));
    }

    Optional<Long> category(String slug) {
        return memo(categoryIds, slug, () -> categories.findId(slug));
    }

    /** The ids of the tags with these (normalized) slugs that exist; one statement for the ones not known yet. */
    Map<String, Long> tags(Collection<String> slugs) {
        List<String> unknown = new ArrayList<>();
        for (String slug : slugs) {
            if (!tagIds.containsKey(slug)) {
                unknown.add(slug);
            }
        }
        if (!unknown.isEmpty()) {
            tagIds.putAll(tags.findIds(unknown));
        }
        Map<String, Long> found = new HashMap<>();
        for (String slug : slugs) {
            Long id = tagIds.get(slug);
            if (id != null) {
                found.put(slug, id);
            }
        }
        return found;
    }

    private static Optional<Long> memo(Map<String, Long> ids, String slug, Supplier<Optional<Long>> lookup) {
        Long id = ids.get(slug);
        if (id != null) {
            return Optional.of(id);
        }
        Optional<Long> found = lookup.get();
        found.ifPresent(value -> ids.put(slug, value));
        return found;
    }
}
