package news.akhbar.common.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PageInfo", description = "Where this page stands in the whole list.")
public record PageInfo(
        @Schema(description = "1-based page number; absent on a page read by cursor.", examples = "1")
        Integer number,

        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "21") long totalItems,
        @Schema(required = true, examples = "2") int totalPages,

        @Schema(
                description = "Lists of articles: send it as `cursor` for the page after this one (absent on the "
                        + "last page). Stable while articles are published: nothing repeats, nothing is skipped.",
                examples = "LXB1Ymxpc2hlZEF0fDE3MzY2NzQyMDAwMDAwMDB8NDI")
        String nextCursor) {

    public static PageInfo of(PageRequest request, long totalItems) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (totalItems + request.size() - 1) / request.size());
        return new PageInfo(request.page(), request.size(), totalItems, totalPages, null);
    }

    /** A page of a list read by cursor: it has no number, and maybe a cursor to the next. */
    public static PageInfo ofCursor(int size, long totalItems, String nextCursor) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
        return new PageInfo(null, size, totalItems, totalPages, nextCursor);
    }

    public PageInfo withNextCursor(String cursor) {
        return new PageInfo(number, size, totalItems, totalPages, cursor);
    }
}
