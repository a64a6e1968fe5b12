package news.akhbar.common.http;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HEAD answers with exactly the headers GET would send. Quarkus REST skips writing the entity of a HEAD response, and
 * with it the {@code Content-Length}: it is measured here, on the bytes GET would send, after every other response
 * filter (the lowest priority runs last) has made them.
 */
public class HeadResponses {

    @Inject
    ObjectMapper json;

    @ServerResponseFilter(priority = 1)
    public void measure(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!"HEAD".equals(request.getMethod()) || !response.hasEntity()) {
            return;
        }
        byte[] body =
                response.getEntity() instanceof byte[] bytes ? bytes : json.writeValueAsBytes(response.getEntity());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
    }
}
