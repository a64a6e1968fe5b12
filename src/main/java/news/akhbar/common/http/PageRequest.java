package news.akhbar.common.http;

/** A 1-based page of a list; validated at the resource, so here it is always in range. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** Index of the first item of the page, for a query's first result (capped: no list is that long). */
    public int first() {
        return (int) Math.min(Integer.MAX_VALUE, offset());
    }

    /** Index of the last item of the page, inclusive, for Panache's {@code range}. */
    public int last() {
        return (int) Math.min(Integer.MAX_VALUE, offset() + size - 1);
    }

    /** True when this page starts past the last item, so there is nothing to fetch. */
    public boolean isBeyond(long totalItems) {
        return offset() >= totalItems;
    }
}
