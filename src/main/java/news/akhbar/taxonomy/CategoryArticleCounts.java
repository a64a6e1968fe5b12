package news.akhbar.taxonomy;

import java.util.Collection;
import java.util.Map;

/** What categories need to know of articles; the article feature implements it. */
public interface CategoryArticleCounts {

    /** Published articles per category id, each category on its own (without its sub-categories). */
    Map<Long, Long> publishedByCategory(Collection<Long> categoryIds);

    /** Articles in any status whose category this is. */
    long inCategory(long categoryId);
}
