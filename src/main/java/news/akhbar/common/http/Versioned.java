package news.akhbar.common.http;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

/** A management response with the version its {@code ETag} is made from. */
public record Versioned<T>(T body, long version) {

    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body)
                .tag(new EntityTag(String.valueOf(version)))
                .build();
    }

    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location)
                .entity(body)
                .tag(new EntityTag(String.valueOf(version)))
                .build();
    }

    /** 204 for a replacement, with the ETag of the new version so that the next change needs no extra GET. */
    public RestResponse<Void> noContent() {
        return RestResponse.ResponseBuilder.<Void>noContent()
                .tag(new EntityTag(String.valueOf(version)))
                .build();
    }
}
