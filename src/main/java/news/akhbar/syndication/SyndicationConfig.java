package news.akhbar.syndication;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.syndication")
interface SyndicationConfig {

    /** Articles in a feed, newest first. */
    @WithDefault("20")
    int feedSize();

    /** Feeds carry the whole body (RSS {@code content:encoded}, Atom {@code content}); else only the excerpt. */
    @WithDefault("true")
    boolean feedFullContent();

    /**
     * URLs per part of the article sitemap, at most the sitemaps.org limit of 50,000. A part is rendered in memory, and
     * 50,000 Arabic addresses make about 21 MB: a few crawlers at once would fill a small heap. 2,000 is WordPress's
     * default, about 850 KB a part.
     */
    @WithDefault("2000")
    int sitemapMaxUrls();

    /** The Google News sitemap lists the articles published within this window (Google reads two days). */
    @WithDefault("48H")
    Duration newsWindow();

    /** Google News reads at most 1,000 URLs of a news sitemap. */
    @WithDefault("1000")
    int newsMaxUrls();
}
