package news.akhbar.syndication;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import news.akhbar.common.cache.CachedResponse;
import news.akhbar.common.cache.CachedResponses;
import news.akhbar.common.changes.ContentChanges;
import news.akhbar.common.events.DueEvents;
import news.akhbar.common.http.CacheConfig;
import news.akhbar.common.text.Hashes;

/**
 * Feeds and sitemaps, rendered once per public change: each rendering is kept with the change-feed number it was
 * made at, and served (identity or gzip, with its ETag, and 304 when it matches) until a later change, or a minute,
 * whichever comes first; the minute covers what only time changes (the news sitemap's window).
 */
@ApplicationScoped
class Responses {

    private static final Duration LONGEST = Duration.ofMinutes(1);

    private record Kept(long seq, Rendered rendered, String etag, byte[] gzip) {}

    @Inject
    ContentChanges changes;

    @Inject
    CacheConfig cache;

    @Inject
    Instance<DueEvents> due;

    private Cache<String, Kept> kept;

    @PostConstruct
    void init() {
        kept = Caffeine.newBuilder()
                .maximumWeight(cache.maxSize().asLongValue())
                .weigher((String key, Kept value) -> value.rendered().bytes().length + value.gzip().length)
                .expireAfterWrite(LONGEST)
                .build();
    }

    /** {@code key}: what identifies the rendering (the request path); empty when {@code render} finds nothing. */
    Optional<Response> serve(String key, Supplier<Optional<Rendered>> render, Request request, HttpHeaders headers) {
        // A scheduled article whose time has come changes what is public: announced first, it moves the number.
        due.forEach(DueEvents::release);
        long seq = changes.lastSeq();
        Kept hit = kept.getIfPresent(key);
        if (hit == null || hit.seq() != seq) {
            Optional<Rendered> rendered = render.get();
            if (rendered.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = rendered.get().bytes();
            hit = new Kept(seq, rendered.get(), Hashes.sha256Base64Url(bytes, 27), CachedResponse.gzip(bytes));
            kept.put(key, hit);
        }
        return Optional.of(respond(hit, request, headers));
    }

    private Response respond(Kept hit, Request request, HttpHeaders headers) {
        boolean gzip = CachedResponses.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        // The gzip body is another representation: its own tag, as for every public read.
        EntityTag etag = new EntityTag(gzip ? hit.etag() + "-gz" : hit.etag());
        Rendered rendered = hit.rendered();
        Date modified = rendered.lastModified() == null
                ? null
                // HTTP dates have whole seconds: a finer Last-Modified would never match If-Modified-Since.
                : Date.from(rendered.lastModified().toInstant().truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged =
                modified == null ? request.evaluatePreconditions(etag) : request.evaluatePreconditions(modified, etag);
        Response.ResponseBuilder builder = unchanged != null
                ? unchanged
                : Response.ok(gzip ? hit.gzip() : rendered.bytes(), rendered.mediaType() + ";charset=UTF-8");
        if (unchanged == null && gzip) {
            builder.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        builder.header(
                        HttpHeaders.CACHE_CONTROL,
                        "public, max-age=" + cache.maxAge().toSeconds() + ", stale-while-revalidate="
                                + cache.staleWhileRevalidate().toSeconds() + ", stale-if-error="
                                + cache.staleIfError().toSeconds())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .tag(etag);
        if (modified != null) {
            builder.lastModified(modified);
        }
        return builder.build();
    }
}
