package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Filters of the public list, already parsed. {@code categoryIds} is null for no category filter and
 * empty for a category that does not exist (which matches nothing).
 */
record ArticleFilter(
        Set<Long> categoryIds,
        List<String> tagSlugs,
        String authorSlug,
        String lang,
        OffsetDateTime from,
        OffsetDateTime to,
        ArticleSort sort) {

    static ArticleFilter byAuthor(String authorSlug) {
        return new ArticleFilter(null, List.of(), authorSlug, null, null, null, ArticleSort.NEWEST);
    }
}
