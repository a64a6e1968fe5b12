package news.akhbar.article;

import java.util.Set;

/** What a public slug leads to: the article, a permanent move to its current slug, or nothing public. */
sealed interface ArticleLookup {

    /** {@code linkedSlugs}: the articles its body links to, shown as cards while they are public. */
    record Found(ArticleResponse article, Set<String> linkedSlugs) implements ArticleLookup {}

    record Moved(String currentSlug) implements ArticleLookup {}

    record Missing() implements ArticleLookup {}
}
