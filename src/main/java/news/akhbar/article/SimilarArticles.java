package news.akhbar.article;

import java.util.List;
import java.util.Set;

/** Articles whose text resembles an article's, for the related block; the search feature implements it. */
public interface SimilarArticles {

    /**
     * Ids of public articles whose text is most like this title and body, in the language {@code lang}, most similar
     * first, none of {@code excluded}; at most {@code limit}.
     */
    List<Long> similarTo(String lang, String title, String bodyText, Set<Long> excluded, int limit);
}
