package news.akhbar.wordpress;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the WordPress site that Akhbar replaces addressed its pages, so that its old links resolve. */
@ConfigMapping(prefix = "akhbar.wordpress")
public interface WordPressConfig {

    /**
     * Settings → Permalinks of the old site, with WordPress's tags: %year%, %monthnum%, %day%, %hour%, %minute%,
     * %second%, %post_id%, %postname%, %category%, %author%.
     */
    @WithDefault("/%year%/%monthnum%/%day%/%postname%/")
    String permalinkStructure();

    /** The category base of the old site's links ({@code /category/news/}). */
    @WithDefault("category")
    String categoryBase();

    /** The tag base of the old site's links ({@code /tag/syria/}). */
    @WithDefault("tag")
    String tagBase();

    /** The author base of the old site's links ({@code /author/rami/}). */
    @WithDefault("author")
    String authorBase();
}
