package news.akhbar.common.cache;

import java.nio.charset.StandardCharsets;

import news.akhbar.common.text.Hashes;

/**
 * Names for what a public response shows, used to invalidate the response cache and, as {@code Surrogate-Key}, a
 * CDN's. A key is made from a slug, hashed: short whatever the script or length of the slug, and no internal id
 * leaves the API.
 */
public final class CacheKeys {

    /** Every response that lists articles: a newly public article may belong in any of them. */
    public static final String ARTICLES = "articles";

    public static final String AUTHORS = "authors";
    public static final String CATEGORIES = "categories";
    public static final String TAGS = "tags";

    /**
     * Every search answer and suggestion. Evicted by an instance whenever its own search index or its copy of the
     * names changes (each instance's index follows the database on its own).
     */
    public static final String SEARCH = "search";

    /** Invalidates every cached response (bulk imports). */
    public static final String ALL = "all";

    private CacheKeys() {}

    public static String article(String slug) {
        return "a-" + hash(slug);
    }

    public static String author(String slug) {
        return "u-" + hash(slug);
    }

    public static String category(String slug) {
        return "c-" + hash(slug);
    }

    public static String tag(String slug) {
        return "t-" + hash(slug);
    }

    /** The comments of an article. */
    public static String comments(String articleSlug) {
        return "m-" + hash(articleSlug);
    }

    private static String hash(String slug) {
        return Hashes.sha256Base64Url(slug.getBytes(StandardCharsets.UTF_8), 12);
    }
}
