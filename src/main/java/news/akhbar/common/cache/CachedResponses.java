package news.akhbar.common.cache;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import news.akhbar.common.http.ApiPaths;

/**
 * Serves public reads from the {@link ResponseCache} on the event loop: a hit needs no worker thread, no database
 * and no rendering; a matching {@code If-None-Match} gets 304 from the stored ETag. A miss goes on to the resource
 * with the cache key and epoch, and {@code PublicCaching} stores what it answers.
 */
@ApplicationScoped
public class CachedResponses {

    @Inject
    ResponseCache cache;

    // After HttpFilters (100), so that CORS headers and the size limit apply to hits too.
    @RouteFilter(90)
    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!cache.enabled() || !isCacheable(context)) {
            context.next();
            return;
        }
        String uri = request.uri();
        CachedResponse hit = cache.lookup(uri);
        if (hit == null) {
            if (request.method() == HttpMethod.GET) {
                context.put(ResponseCache.KEY, uri);
                context.put(ResponseCache.EPOCH, cache.epoch());
            }
            context.next();
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? hit.gzipEtag() : hit.etag();
        HttpServerResponse response = context.response();
        for (Map.Entry<String, String> header : hit.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        response.putHeader(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (matches(ifNoneMatch, hit.etag()) || matches(ifNoneMatch, hit.gzipEtag()))) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
            return;
        }
        byte[] body = gzip ? hit.gzip() : hit.identity();
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    private static boolean isCacheable(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            return false;
        }
        String path = context.normalizedPath();
        if (!ApiPaths.isPublic(path)) {
            return false;
        }
        // Public reads are the same for everyone; a request that names someone is answered afresh.
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null
                || accept.contains("application/json")
                || accept.contains("*/*")
                || accept.contains("application/*");
    }

    /** True when the client takes gzip: named in Accept-Encoding (or as *) without q=0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x". */
    public static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.equals(etag) || value.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
