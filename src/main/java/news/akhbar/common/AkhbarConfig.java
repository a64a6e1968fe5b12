package news.akhbar.common;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    Admin admin();

    Auth auth();

    Jwt jwt();

    Cors cors();

    Comments comments();

    Cache cache();

    interface Cache {
        /** How long browsers and CDNs may reuse a public response before revalidating it with its ETag. */
        @WithDefault("60S")
        Duration maxAge();
    }

    interface Comments {
        /** Posts per minute from one client address, and from one email, before 429. */
        @WithDefault("5")
        int rateLimit();

        /** More links than this in a comment hold it for moderation, even from a trusted commenter. */
        @WithDefault("2")
        int maxLinks();

        /** Comments close this many days after publication; empty keeps them open. */
        Optional<Integer> closeAfterDays();

        /** How deep replies may nest; a top-level comment is level 1. */
        @WithDefault("5")
        int maxDepth();

        /** Approve at once a comment whose email already has an approved comment on the site. */
        @WithDefault("true")
        boolean autoApprove();

        /** Salt of the client-address hashes; without it one is generated once in the data directory. */
        Optional<String> addressSalt();
    }

    interface Demo {
        /** Load the demo content when the database has no article yet. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Admin {
        /** Email of the admin account created at the first start, when there is no account yet. */
        @WithDefault("admin@akhbar.local")
        String email();

        /** Its password; when none is set, a random one is generated and logged once. */
        Optional<String> password();
    }

    interface Auth {
        /** Failed logins for one account before it must wait. */
        @WithDefault("5")
        int maxFailures();

        /** Failed logins from one client address (many staff may share one) before it must wait. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** How long failed logins count against an account or an address. */
        @WithDefault("15M")
        Duration failureWindow();

        /** bcrypt cost of stored password hashes (2^cost rounds). */
        @WithDefault("12")
        int bcryptCost();
    }

    interface Jwt {
        @WithDefault("akhbar")
        String issuer();

        /** Lifetime of an access token. */
        @WithDefault("1H")
        Duration lifetime();

        /**
         * PEM files of the RS256 signing key pair. When neither is set, a pair is generated once and kept in
         * {@code <data-dir>/jwt/}; several instances must share one pair.
         */
        Optional<String> privateKeyLocation();

        Optional<String> publicKeyLocation();
    }

    interface Cors {
        /** Origins allowed to call the admin and login API from a browser; the public read API allows any. */
        Optional<List<String>> adminOrigins();
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
