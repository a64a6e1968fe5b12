package news.akhbar.common.http;

import java.io.IOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/**
 * Every JSON body an operation reads must be a JSON object: {@code null} or nothing at all is refused here, once for
 * all operations, instead of reaching a resource as a null request.
 */
@Provider
public class RequiredBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON, "The body must be a JSON object; it was empty or null.");
        }
        return body;
    }
}
