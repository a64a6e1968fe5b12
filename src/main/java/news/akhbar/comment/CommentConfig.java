package news.akhbar.comment;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.comments")
interface CommentConfig {

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
