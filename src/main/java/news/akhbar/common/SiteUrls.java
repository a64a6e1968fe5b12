package news.akhbar.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Addresses of pages on the publisher's site, from the patterns of {@link SiteConfig}. */
@ApplicationScoped
public class SiteUrls {

    static final String SLUG = "{slug}";

    @Inject
    SiteConfig site;

    public String article(String slug) {
        return expand(site.articleUrl(), slug);
    }

    public String category(String slug) {
        return expand(site.categoryUrl(), slug);
    }

    public String tag(String slug) {
        return expand(site.tagUrl(), slug);
    }

    public String author(String slug) {
        return expand(site.authorUrl(), slug);
    }

    /** The path of an article page up to its slug: a link into it names another article. */
    public static String articlePathPrefix(String pattern) {
        int at = pattern.indexOf(SLUG);
        String before = at < 0 ? pattern : pattern.substring(0, at);
        int scheme = before.indexOf("://");
        int path = scheme < 0 ? before.indexOf('/') : before.indexOf('/', scheme + 3);
        return path < 0 ? "/" : before.substring(path);
    }

    // A slug is one path segment: Arabic letters travel percent-encoded, as WordPress writes its links.
    static String expand(String pattern, String slug) {
        return pattern.replace(
                SLUG, URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
