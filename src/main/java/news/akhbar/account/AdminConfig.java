package news.akhbar.account;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The admin account created at the first start, when there is no account yet. */
@ConfigMapping(prefix = "akhbar.admin")
interface AdminConfig {

    @WithDefault("admin@akhbar.local")
    String email();

    /** Its password; when none is set, a random one is generated and logged once. */
    Optional<String> password();
}
