package news.akhbar.taxonomy;

import java.util.Collection;
import java.util.Map;

/** What tags need to know of articles; the article feature implements it. */
public interface TagArticleCounts {

    /** Published articles per tag id, for the given tags (absent: none). */
    Map<Long, Long> publishedByTag(Collection<Long> tagIds);

    /** Articles in any status that carry the tag. */
    long withTag(long tagId);
}
