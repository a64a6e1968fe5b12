package news.akhbar.common.http;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.Keyed;

/** One page of a list, with the paging facts repeated in {@code Link} and {@code X-Total-Count} headers. */
public record Paged<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true) PageInfo page) implements Keyed {

    public static final String TOTAL_COUNT = "X-Total-Count";

    public static <T> Paged<T> empty(PageRequest request, long totalItems) {
        return new Paged<>(List.of(), PageInfo.of(request, totalItems));
    }

    @Override
    public void addCacheKeys(Set<String> keys) {
        for (T item : items) {
            if (item instanceof Keyed keyed) {
                keyed.addCacheKeys(keys);
            }
        }
    }

    /**
     * 200 with RFC 8288 first/prev/next/last links that keep the request's other parameters. {@code cacheKeys} name
     * what the list as a whole depends on (see {@code CacheKeys}), beyond its items. {@code requestUri} is the
     * request's public address ({@link ApiUrls#request}).
     */
    public RestResponse<Paged<T>> toResponse(UriBuilder requestUri, String... cacheKeys) {
        RestResponse.ResponseBuilder<Paged<T>> response =
                RestResponse.ResponseBuilder.ok(this).header(TOTAL_COUNT, page.totalItems());
        if (cacheKeys.length > 0) {
            response.header(PublicCaching.SURROGATE_KEY, String.join(" ", cacheKeys));
        }
        StringBuilder links = new StringBuilder();
        if (page.number() == null) {
            // Read by cursor: the first page, and the next one while there is one.
            appendLink(links, requestUri.clone().replaceQueryParam("cursor").replaceQueryParam("page"), "first");
            if (page.nextCursor() != null) {
                appendLink(
                        links,
                        requestUri.clone().replaceQueryParam("page").replaceQueryParam("cursor", page.nextCursor()),
                        "next");
            }
            return response.header("Link", links.toString()).build();
        }
        int last = Math.max(1, page.totalPages());
        appendLink(links, requestUri, 1, "first");
        if (page.number() > 1) {
            appendLink(links, requestUri, Math.min(page.number() - 1, last), "prev");
        }
        if (page.number() < last) {
            appendLink(links, requestUri, page.number() + 1, "next");
        }
        appendLink(links, requestUri, last, "last");
        return response.header("Link", links.toString()).build();
    }

    private void appendLink(StringBuilder links, UriBuilder requestUri, int number, String rel) {
        appendLink(
                links,
                requestUri.clone().replaceQueryParam("page", number).replaceQueryParam("size", page.size()),
                rel);
    }

    private static void appendLink(StringBuilder links, UriBuilder target, String rel) {
        if (!links.isEmpty()) {
            links.append(", ");
        }
        links.append('<')
                .append(target.build().toASCIIString())
                .append(">; rel=\"")
                .append(rel)
                .append('"');
    }
}
