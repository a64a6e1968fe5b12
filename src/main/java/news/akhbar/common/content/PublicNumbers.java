package news.akhbar.common.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The stable numbers that numeric-id APIs (the WordPress-compatible one) give content: the WordPress id of what was
 * imported, so that old links and apps keep their ids, and the database id plus {@link #OFFSET} for what was
 * created here, so that the two never meet.
 */
public final class PublicNumbers {

    /** Above any id a WordPress site hands out in practice (its ids are a counter shared by every post and file). */
    public static final long OFFSET = 1_000_000_000L;

    private PublicNumbers() {}

    public static long of(Long wpId, long id) {
        return wpId != null ? wpId : OFFSET + id;
    }

    /** Numbers sorted by what they stand for, so that each kind is looked up on its own index. */
    public record Split(List<Long> wpIds, List<Long> localIds) {}

    public static Split split(Collection<Long> numbers) {
        List<Long> wpIds = new ArrayList<>();
        List<Long> local = new ArrayList<>();
        for (long number : numbers) {
            if (number > OFFSET) {
                local.add(number - OFFSET);
            } else {
                wpIds.add(number);
            }
        }
        return new Split(wpIds, local);
    }

    /** The database id a number stands for when it was not a WordPress id, or -1. */
    public static long localId(long number) {
        return number > OFFSET ? number - OFFSET : -1;
    }
}
