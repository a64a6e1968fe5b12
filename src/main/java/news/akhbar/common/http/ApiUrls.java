package news.akhbar.common.http;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import news.akhbar.common.SiteConfig;

/**
 * Every absolute URL the API writes ({@code Location}, {@code Link}) starts with the configured public address, never
 * with the request's {@code Host}: a forged Host would otherwise end up in responses that the CDN and the response
 * cache hand to every reader.
 */
@ApplicationScoped
public class ApiUrls {

    private final String base;

    ApiUrls(SiteConfig site) {
        String configured = site.apiUrl().strip();
        URI parsed = URI.create(configured);
        if (!parsed.isAbsolute() || parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "akhbar.site.api-url must be an absolute http(s) URL without query: " + configured);
        }
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The request's path and query, as received, under the public address. */
    public UriBuilder request(UriInfo uri) {
        URI received = uri.getRequestUri();
        String query = received.getRawQuery();
        return UriBuilder.fromUri(URI.create(base + received.getRawPath() + (query == null ? "" : "?" + query)));
    }

    /** The request's path without its query, under the public address: the base of a created resource's URL. */
    public UriBuilder absolutePath(UriInfo uri) {
        return UriBuilder.fromUri(URI.create(base + uri.getRequestUri().getRawPath()));
    }

    /** The public address itself; append the path of any resource with {@code path(…)}. */
    public UriBuilder root() {
        return UriBuilder.fromUri(URI.create(base + "/"));
    }
}
