package news.akhbar.common.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * Changes that no write announces: an article scheduled for a time becomes public when that time comes. A cached
 * response must not outlive the next of them.
 */
public interface ScheduledChanges {

    /** The first instant after {@code now} at which public content changes by itself, if any is known. */
    Optional<Instant> nextAfter(Instant now);

    /** Something was written: what was known about the next change may be wrong now. */
    void forget();
}
