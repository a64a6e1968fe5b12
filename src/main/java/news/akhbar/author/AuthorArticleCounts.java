package news.akhbar.author;

import java.util.Collection;
import java.util.Map;

/** What the author feature needs to know of articles; the article feature implements it. */
public interface AuthorArticleCounts {

    /** Published articles per author id, for the given authors (absent: none). */
    Map<Long, Long> publishedByAuthor(Collection<Long> authorIds);

    /** Articles in any status that name the author, so that deleting it would orphan them. */
    long naming(long authorId);
}
