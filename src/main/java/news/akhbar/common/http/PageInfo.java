package news.akhbar.common.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PageInfo", description = "Where this page stands in the whole list.")
public record PageInfo(
        @Schema(required = true, description = "1-based page number", examples = "1")
        int number,

        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "21") long totalItems,
        @Schema(required = true, examples = "2") int totalPages) {

    public static PageInfo of(PageRequest request, long totalItems) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (totalItems + request.size() - 1) / request.size());
        return new PageInfo(request.page(), request.size(), totalItems, totalPages);
    }
}
