package news.akhbar.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of the product itself; {@code AKHBAR_…} environment variables override them. */
@ConfigMapping(prefix = "akhbar")
public interface AkhbarConfig {

    /** Where the embedded database and generated files live. */
    @WithDefault("./data")
    String dataDir();

    Demo demo();

    Site site();

    interface Demo {
        /** Load the demo content when the database has no article yet. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Site {
        /** Language of the site, used for text that carries no language of its own (BCP 47). */
        @WithDefault("ar")
        String lang();

        /** Public address of the publisher's site: absolute links to it count as internal links. */
        @WithDefault("https://example.com")
        String url();

        /** Path prefix of an article page on the publisher's site, followed by the slug. */
        @WithDefault("/articles/")
        String articlePath();
    }
}
