package news.akhbar.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Login throttling; {@code akhbar.auth.bcrypt-cost} belongs to the account feature's PasswordConfig. */
@ConfigMapping(prefix = "akhbar.auth")
interface AuthConfig {

    /** Failed logins for one account before it must wait. */
    @WithDefault("5")
    int maxFailures();

    /** Failed logins from one client address (many staff may share one) before it must wait. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    /** How long failed logins count against an account or an address. */
    @WithDefault("15M")
    Duration failureWindow();
}
