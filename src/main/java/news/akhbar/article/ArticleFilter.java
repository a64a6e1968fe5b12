package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Filters of the public list, resolved to ids. {@code categoryIds} is null for no category filter; a filter naming
 * something that does not exist never becomes one of these (the list is empty without a query).
 */
record ArticleFilter(
        Set<Long> categoryIds,
        List<Long> tagIds,
        Long authorId,
        String lang,
        OffsetDateTime from,
        OffsetDateTime to,
        ArticleSort sort) {

    /** The same filter in one order: what a count depends on. */
    ArticleFilter unsorted() {
        return sort == ArticleSort.NEWEST
                ? this
                : new ArticleFilter(categoryIds, tagIds, authorId, lang, from, to, ArticleSort.NEWEST);
    }

    static ArticleFilter byAuthor(long authorId) {
        return new ArticleFilter(null, List.of(), authorId, null, null, null, ArticleSort.NEWEST);
    }
}
