package news.akhbar.common.content;

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

    /** The database id a number stands for when it was not a WordPress id, or -1. */
    public static long localId(long number) {
        return number > OFFSET ? number - OFFSET : -1;
    }
}
