package news.akhbar.common.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import news.akhbar.common.cache.CachedResponse;
import news.akhbar.common.cache.CachedResponses;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.cache.ResponseCache;
import news.akhbar.common.text.Hashes;

/**
 * Public reads are the same for every reader: they carry Cache-Control, {@code Surrogate-Key} (what they show, so a
 * CDN can purge exactly what a write changed) and a strong ETag per encoding, and a matching If-None-Match gets 304
 * without a body. The entity is serialized (and compressed, when the client takes gzip) here once, and the bytes are
 * kept in the {@link ResponseCache} for the requests that follow.
 */
public class PublicCaching {

    public static final String SURROGATE_KEY = "Surrogate-Key";

    @Inject
    ObjectMapper json;

    // Looked up per request: filters are built at static init, before runtime configuration exists.
    @Inject
    Instance<CacheConfig> config;

    @Inject
    Instance<ResponseCache> cache;

    @Inject
    CurrentVertxRequest current;

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String path = request.getUriInfo().getPath();
        if (ApiPaths.isManagement(path)) {
            // The newsroom's answers are private to each staff member: no browser, proxy or CDN may keep them.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        boolean get = "GET".equals(request.getMethod());
        if (!(get || "HEAD".equals(request.getMethod()))
                || response.getStatus() != 200
                || !response.hasEntity()
                || !ApiPaths.isPublic(path)
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        Object declared = response.getHeaders().getFirst(SURROGATE_KEY);
        if (declared != null) {
            keys.addAll(List.of(declared.toString().split(" ")));
        }
        if (response.getEntity() instanceof Keyed keyed) {
            keyed.addCacheKeys(keys);
        }
        byte[] body = json.writeValueAsBytes(response.getEntity());
        String etag = "\"" + Hashes.sha256Base64Url(body, 27) + "\"";
        CacheConfig settings = config.get();
        var headers = response.getHeaders();
        // A resource may say otherwise (the change feed, which a CDN may keep only while it revalidates).
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(
                    HttpHeaders.CACHE_CONTROL,
                    "public, max-age=" + settings.maxAge().toSeconds() + ", stale-while-revalidate="
                            + settings.staleWhileRevalidate().toSeconds() + ", stale-if-error="
                            + settings.staleIfError().toSeconds());
        }
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (keys.isEmpty()) {
            headers.remove(SURROGATE_KEY);
        } else {
            headers.putSingle(SURROGATE_KEY, String.join(" ", keys));
        }
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON + ";charset=UTF-8");
        List<Map.Entry<String, String>> stored = new ArrayList<>();
        response.getStringHeaders()
                .forEach((name, values) -> values.forEach(value -> stored.add(Map.entry(name, value))));

        boolean gzip = CachedResponses.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        byte[] zipped = null;
        RoutingContext routing = current.getCurrent();
        String uri = routing == null ? null : routing.get(ResponseCache.KEY);
        // A response that names nothing it shows could not be evicted by a write: it is not kept.
        if (get && uri != null && !keys.isEmpty()) {
            zipped = CachedResponse.gzip(body);
            Long epoch = routing.get(ResponseCache.EPOCH);
            cache.get().store(uri, epoch, body, zipped, etag, stored, keys);
        }
        String sentTag = gzip ? CachedResponse.gzipTag(etag) : etag;
        headers.putSingle(HttpHeaders.ETAG, sentTag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                && (CachedResponses.matches(ifNoneMatch, etag)
                        || CachedResponses.matches(ifNoneMatch, CachedResponse.gzipTag(etag)))) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        if (gzip) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setEntity(
                    zipped != null ? zipped : CachedResponse.gzip(body),
                    null,
                    MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        } else {
            response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
    }
}
