package news.akhbar.common.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.database")
public interface DatabaseConfig {

    /**
     * Embedded H2 only: rewrite the database file without its dead space when the API stops cleanly. H2 keeps old
     * versions of changed pages for a while and reuses little of them: after a bulk import the file held ten times
     * the content. A stop then takes about a second per 50 MB of file.
     */
    @WithDefault("true")
    boolean compactOnShutdown();
}
