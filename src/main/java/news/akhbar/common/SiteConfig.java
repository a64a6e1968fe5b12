package news.akhbar.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The publisher's site, as every feature that writes text or links needs it. */
@ConfigMapping(prefix = "akhbar.site")
public interface SiteConfig {

    /** Language of the site, used for text that carries no language of its own (BCP 47). */
    @WithDefault("ar")
    String lang();

    /** Public address of the publisher's site: absolute links to it count as internal links. */
    @WithDefault("https://taifpost.example")
    String url();

    /**
     * Public address of this API as its clients reach it (the CDN's, behind one), with a path prefix if the proxy
     * adds one: every absolute URL in a response starts with it, whatever {@code Host} the request named.
     */
    @WithDefault("http://localhost:8080")
    String apiUrl();

    /** Name of the publication, as news aggregators show it. */
    @WithDefault("طيف بوست")
    String name();

    /**
     * Public address of an article page, {@code {slug}} standing for its slug (percent-encoded). Links in a body to
     * this pattern on the site become links to other articles; sitemaps, feeds and {@code url} in responses use it.
     */
    @WithDefault("https://taifpost.example/articles/{slug}")
    String articleUrl();

    /** Public address of a category page. */
    @WithDefault("https://taifpost.example/category/{slug}")
    String categoryUrl();

    /** Public address of a tag page. */
    @WithDefault("https://taifpost.example/tag/{slug}")
    String tagUrl();

    /** Public address of an author page. */
    @WithDefault("https://taifpost.example/author/{slug}")
    String authorUrl();
}
