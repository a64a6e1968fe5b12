package news.akhbar.wordpress;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.akhbar.common.problem.Problem;

/** WordPress errors as problem documents with WordPress's own members alongside. */
public class WordPressErrors {

    @ServerExceptionMapper
    public RestResponse<WpShapes.Problem> wordPress(WordPressError e) {
        return RestResponse.ResponseBuilder.<WpShapes.Problem>create(e.status())
                .entity(new WpShapes.Problem(
                        e.type().uri(),
                        e.type().title(),
                        e.status(),
                        e.getMessage(),
                        e.code(),
                        e.getMessage(),
                        new WpShapes.ErrorData(e.status(), e.params()),
                        e.errors()))
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .build();
    }
}
