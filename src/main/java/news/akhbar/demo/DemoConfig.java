package news.akhbar.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.demo")
interface DemoConfig {

    /** Load the demo content when the database has no article yet. */
    @WithDefault("true")
    boolean enabled();
}
