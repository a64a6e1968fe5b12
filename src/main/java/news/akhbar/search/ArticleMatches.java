package news.akhbar.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Full-text matches for features that filter and order articles themselves (the WordPress-compatible API). */
@ApplicationScoped
public class ArticleMatches {

    @Inject
    SearchService search;

    /**
     * Ids of the public articles matching {@code q}, best first, at most {@code limit}; a blank or too long query is
     * an invalid {@code q} parameter.
     */
    public List<Long> bestFirst(String q, int limit) {
        return search.matchingIds(q, limit);
    }
}
