package news.akhbar.common.http;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "akhbar.cors")
public interface CorsConfig {

    /** Origins allowed to call the admin and login API from a browser; the public read API allows any. */
    Optional<List<String>> adminOrigins();
}
