package news.akhbar.common;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;

/**
 * Where the embedded database and generated files (key pair, salt) live. The default ({@code ./data}) is in
 * application.properties, because the H2 URL there expands it.
 */
@ConfigMapping(prefix = "akhbar")
public interface DataDirectory {

    String dataDir();

    default Path resolve(String name) {
        return Path.of(dataDir(), name);
    }
}
