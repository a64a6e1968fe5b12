package news.akhbar.syndication;

import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import news.akhbar.common.http.CacheConfig;
import news.akhbar.common.text.Hashes;

/** Feeds and sitemaps are public and revalidated like every public read: ETag, Last-Modified, 304. */
final class Responses {

    private Responses() {}

    static Response of(Rendered feed, Request request, CacheConfig cache) {
        EntityTag etag = new EntityTag(Hashes.sha256Base64Url(feed.bytes(), 27));
        Date modified = feed.lastModified() == null
                ? null
                // HTTP dates have whole seconds: a finer Last-Modified would never match If-Modified-Since.
                : Date.from(feed.lastModified().toInstant().truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged =
                modified == null ? request.evaluatePreconditions(etag) : request.evaluatePreconditions(modified, etag);
        Response.ResponseBuilder builder =
                unchanged != null ? unchanged : Response.ok(feed.bytes(), feed.mediaType() + ";charset=UTF-8");
        builder.header(
                        HttpHeaders.CACHE_CONTROL,
                        "public, max-age=" + cache.maxAge().toSeconds() + ", stale-while-revalidate="
                                + cache.staleWhileRevalidate().toSeconds() + ", stale-if-error="
                                + cache.staleIfError().toSeconds())
                .tag(etag);
        if (modified != null) {
            builder.lastModified(modified);
        }
        return builder.build();
    }
}
