package news.akhbar.common.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import news.akhbar.common.problem.Problem;
import news.akhbar.common.problem.ProblemType;

/**
 * HTTP rules that apply before any resource: CORS per part of the API, 405 with Allow, and the request size limit.
 * Quarkus' own CORS filter has one policy for all paths, and the public and the management API need two.
 */
@ApplicationScoped
public class HttpFilters {

    private static final String ALLOW_HEADERS =
            "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, Accept";
    private static final String EXPOSE_HEADERS =
            "Link, X-Total-Count, Location, ETag, Retry-After, RateLimit, RateLimit-Policy";
    public static final String NDJSON = "application/x-ndjson";
    private static final String MULTIPART = "multipart/form-data";
    private static final String WORDPRESS_IMPORT = "/api/v1/admin/import/wordpress";
    private static final Set<String> SAFE = Set.of("GET", "HEAD");

    @Inject
    CorsConfig cors;

    @Inject
    HttpConfig http;

    @Inject
    AllowedMethods methodsByPath;

    // Bulk imports (NDJSON) stream up to the server's own limit; every other body is capped much lower.
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBulkSize;

    @RouteFilter(100)
    void filter(RoutingContext context) {
        String path = context.normalizedPath();
        // WordPress's routes are public reads for the same browsers as the public API.
        if (!path.startsWith("/api/") && !path.startsWith("/wp-json/")) {
            context.next();
            return;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        boolean management = ApiPaths.isManagement(path);
        boolean allowed = !management || origin != null && adminOrigins().contains(origin);
        var headers = context.response().headers();
        // The public API answers every request with the same CORS headers, Origin or not, so that no cache keeps a
        // copy without them for a browser. The management API's depend on the Origin: it varies on it, always.
        if (management) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        if (allowed) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, management ? origin : "*");
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSE_HEADERS);
        }
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && origin != null
                && context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight) {
            if (allowed
                    && (management
                            || isSafe(context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD))
                            || path.endsWith("/comments"))) {
                headers.set(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        management ? "GET, POST, PUT, PATCH, DELETE" : "GET, HEAD, POST");
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS);
                headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
            }
            context.response().setStatusCode(204).end();
            return;
        }
        // Before the body is read, so that a wrong method is a 405 whatever the body; and with Allow, which
        // Quarkus REST does not send.
        String method = context.request().method().name();
        Optional<List<String>> refused =
                method.equals("OPTIONS") ? Optional.empty() : methodsByPath.refusing(path, method);
        if (refused.isPresent()) {
            context.response().putHeader(HttpHeaders.ALLOW, String.join(", ", refused.get()));
            problem(context, ProblemType.METHOD_NOT_ALLOWED, "This resource does not support that HTTP method.");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        // A WordPress export is XML, and as big as the archive; an upload (multipart) is held to the media
        // library's own limit once it is read.
        long limit =
                type != null && (type.startsWith(NDJSON) || type.startsWith(MULTIPART)) || path.equals(WORDPRESS_IMPORT)
                        ? maxBulkSize.asLongValue()
                        : http.maxBodySize().asLongValue();
        if (length != null && isTooLarge(length, limit)) {
            problem(context, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than " + limit / 1024 + " KiB.");
            return;
        }
        context.next();
    }

    /** A problem document written before Jackson is in reach (route filters); {@code detail} is our own text. */
    static String problemJson(RoutingContext context, ProblemType type, String detail) {
        return "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + type.status()
                + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + context.request().path().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static boolean isTooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // Compared as text: a preflight may name any token (or none that is valid), and parsing it could throw.
    private static boolean isSafe(String method) {
        return SAFE.contains(method.strip().toUpperCase(Locale.ROOT));
    }

    private List<String> adminOrigins() {
        return cors.adminOrigins().orElse(List.of());
    }

    static void problem(RoutingContext context, ProblemType type, String detail) {
        String body = problemJson(context, type, detail);
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
