package news.akhbar.common.persistence;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Reads a table of committed changes by identity without missing a row: identity values are handed out before
 * commit, so a row can appear below one already read. Rows are read again for {@code settle} after they were first
 * seen, and only then passed for good by raising the floor.
 */
public final class SettlingFloor {

    // Beyond this, saving what was seen costs more than reading it again would.
    private static final int MAX_SAVED_RANGES = 1_000;

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

    /**
     * True while a row has not been acted on: for work that may fail, which marks the row {@link #actedOn} only once
     * it succeeded, so that the next look tries again.
     */
    public synchronized boolean isNew(long id) {
        return id > floor && !seen.containsKey(id);
    }

    public synchronized void actedOn(long id, long nowNanos) {
        if (id > floor) {
            seen.putIfAbsent(id, nowNanos);
        }
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

    /**
     * The rows seen and acted on above the floor, as {@code from-to} ranges joined by commas (empty when there are too
     * many): saved with what was acted on, they spare a restart acting on them again.
     */
    public synchronized String saved() {
        StringJoiner ranges = new StringJoiner(",");
        long from = -1;
        long to = -1;
        int count = 0;
        for (long id : new TreeSet<>(seen.keySet())) {
            if (from >= 0 && id == to + 1) {
                to = id;
                continue;
            }
            if (from >= 0) {
                ranges.add(from + "-" + to);
                count++;
            }
            from = id;
            to = id;
        }
        if (from >= 0) {
            ranges.add(from + "-" + to);
            count++;
        }
        return count > MAX_SAVED_RANGES ? "" : ranges.toString();
    }

    /**
     * Takes back what {@link #saved()} saved, as first seen now: those rows are not acted on again, and the floor
     * passes them once they have settled. Rows missing between them are still read.
     */
    public synchronized void restore(String ranges, long nowNanos) {
        if (ranges == null || ranges.isBlank()) {
            return;
        }
        for (String range : ranges.split(",")) {
            int dash = range.indexOf('-');
            long from = Long.parseLong(range.substring(0, dash));
            long to = Long.parseLong(range.substring(dash + 1));
            for (long id = Math.max(from, floor + 1); id <= to; id++) {
                seen.putIfAbsent(id, nowNanos);
            }
        }
    }
}
