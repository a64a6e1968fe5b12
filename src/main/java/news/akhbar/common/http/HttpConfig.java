package news.akhbar.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.http")
public interface HttpConfig {

    /**
     * Largest JSON request body (413 above). NDJSON bulk imports may be as large as
     * {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("2M")
    MemorySize maxBodySize();
}
