package news.akhbar.article;

/**
 * The data of an article's webhook event: its slug, its previous slug when it changed, and, while it is public, its
 * summary as the public list shows it (never more).
 */
record ArticleEvent(String slug, String url, String previousSlug, ArticleSummary article) {}
