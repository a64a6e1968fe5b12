package news.akhbar.common.http;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Public reads are the same for every reader: they carry Cache-Control and a strong ETag of their bytes, and a
 * matching If-None-Match gets 304 without a body, so browsers, apps and CDNs revalidate instead of downloading.
 * The entity is serialized here once and handed on as those bytes.
 */
public class PublicCaching {

    @Inject
    ObjectMapper json;

    // Looked up per request: filters are built at static init, before runtime configuration exists.
    @Inject
    Instance<CacheConfig> config;

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/auth")) {
            // The newsroom's answers are private to each staff member: no browser, proxy or CDN may keep them.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (!"GET".equals(request.getMethod())
                || response.getStatus() != 200
                || !response.hasEntity()
                || !path.startsWith("/api/v1/")
                || path.startsWith("/api/v1/admin")
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        byte[] body = json.writeValueAsBytes(response.getEntity());
        EntityTag tag = new EntityTag(digest(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        CacheConfig cache = config.get();
        response.getHeaders()
                .putSingle(
                        HttpHeaders.CACHE_CONTROL,
                        "public, max-age=" + cache.maxAge().toSeconds() + ", stale-while-revalidate="
                                + cache.staleWhileRevalidate().toSeconds() + ", stale-if-error="
                                + cache.staleIfError().toSeconds());
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        String expected = tag.toString();
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            // Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x".
            if (value.equals("*") || value.equals(expected) || value.equals("W/" + expected)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
