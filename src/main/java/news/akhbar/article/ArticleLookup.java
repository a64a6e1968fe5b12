package news.akhbar.article;

/** What a public slug leads to: the article, a permanent move to its current slug, or nothing public. */
sealed interface ArticleLookup {

    record Found(ArticleResponse article) implements ArticleLookup {}

    record Moved(String currentSlug) implements ArticleLookup {}

    record Missing() implements ArticleLookup {}
}
