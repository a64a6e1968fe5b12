package news.akhbar.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SettlingFloorTest {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void shouldRaiseTheFloorOnlyOnceARowHasSettled() {
        SettlingFloor floor = new SettlingFloor(10, SETTLE);
        assertTrue(floor.firstSeen(12, 0));
        assertFalse(floor.firstSeen(12, SECOND), "a row is acted on once");

        floor.settle(30 * SECOND);
        assertEquals(10, floor.floor(), "row 11 may still commit: the floor waits");

        floor.settle(61 * SECOND);
        assertEquals(12, floor.floor());
    }

    @Test
    void shouldKeepARowNewUntilItWasActedOn() {
        SettlingFloor floor = new SettlingFloor(10, SETTLE);
        assertTrue(floor.isNew(11));
        // The work failed: the row was never marked, so the next look tries it again.
        assertTrue(floor.isNew(11));

        floor.actedOn(11, 0);
        assertFalse(floor.isNew(11));
        assertFalse(floor.isNew(10), "below the floor is passed for good");
    }

    @Test
    void shouldSaveTheRowsSeenAboveTheFloorAsRanges() {
        SettlingFloor floor = new SettlingFloor(10, SETTLE);
        for (long id : new long[] {11, 12, 13, 15, 20, 21}) {
            floor.actedOn(id, 0);
        }

        assertEquals("11-13,15-15,20-21", floor.saved());
    }

    @Test
    void shouldNotActAgainOnRestoredRowsButStillReadTheGapsBetweenThem() {
        SettlingFloor before = new SettlingFloor(10, SETTLE);
        LongStream.rangeClosed(11, 5_000).filter(id -> id != 4_000).forEach(id -> before.actedOn(id, 0));

        SettlingFloor after = new SettlingFloor(before.floor(), SETTLE);
        after.restore(before.saved(), 0);

        assertFalse(after.isNew(11));
        assertFalse(after.isNew(5_000));
        assertTrue(after.isNew(4_000), "a row that committed late is still indexed");
        assertTrue(after.isNew(5_001));
        after.settle(61 * SECOND);
        assertEquals(5_000, after.floor(), "restored rows settle like seen ones");
    }

    @Test
    void shouldSaveNothingRatherThanTooManyRanges() {
        SettlingFloor floor = new SettlingFloor(0, SETTLE);
        LongStream.rangeClosed(1, 1_001).forEach(n -> floor.actedOn(n * 2, 0));

        assertEquals("", floor.saved());
        SettlingFloor restarted = new SettlingFloor(0, SETTLE);
        restarted.restore("", 0);
        assertTrue(restarted.isNew(2), "without saved rows, a restart reads them again");
    }
}
