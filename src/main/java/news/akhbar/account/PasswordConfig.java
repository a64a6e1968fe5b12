package news.akhbar.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How stored passwords are hashed; the login's throttling settings share the prefix (auth's AuthConfig). */
@ConfigMapping(prefix = "akhbar.auth")
interface PasswordConfig {

    /** bcrypt cost of stored password hashes (2^cost rounds). */
    @WithDefault("12")
    int bcryptCost();
}
