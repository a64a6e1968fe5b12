package news.akhbar.common;

/** A 1-based page of a list; validated at the resource, so here it is always in range. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** True when this page starts past the last item, so there is nothing to fetch. */
    public boolean isBeyond(long totalItems) {
        return offset() >= totalItems;
    }
}
