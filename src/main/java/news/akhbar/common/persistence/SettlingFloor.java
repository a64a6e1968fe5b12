package news.akhbar.common.persistence;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a table of committed changes by identity without missing a row: identity values are handed out before
 * commit, so a row can appear below one already read. Rows are read again for {@code settle} after they were first
 * seen, and only then passed for good by raising the floor.
 */
public final class SettlingFloor {

    private final long settleNanos;
    private final Map<Long, Long> seen = new HashMap<>();
    private long floor;

    public SettlingFloor(long floor, Duration settle) {
        this.floor = floor;
        this.settleNanos = settle.toNanos();
    }

    /** Read rows above this id. */
    public synchronized long floor() {
        return floor;
    }

    /** True the first time a row is seen: act on it then. */
    public synchronized boolean firstSeen(long id, long nowNanos) {
        return id > floor && seen.putIfAbsent(id, nowNanos) == null;
    }

    /** Passes for good the rows first seen longer than {@code settle} ago. */
    public synchronized void settle(long nowNanos) {
        for (Iterator<Map.Entry<Long, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Long> entry = it.next();
            if (nowNanos - entry.getValue() > settleNanos) {
                floor = Math.max(floor, entry.getKey());
                it.remove();
            }
        }
    }
}
