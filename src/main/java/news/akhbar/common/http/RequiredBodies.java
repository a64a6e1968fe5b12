package news.akhbar.common.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/**
 * Every JSON body an operation reads must be a JSON object of at most {@code akhbar.http.max-body-size}: {@code null}
 * or nothing at all is refused here, once for all operations, instead of reaching a resource as a null request. The
 * size is counted as the body is read, since a chunked body names no {@code Content-Length} for HttpFilters to check.
 */
@Provider
public class RequiredBodies implements ReaderInterceptor {

    // Looked up per request: providers are built at static init, before runtime configuration exists.
    @Inject
    Instance<HttpConfig> http;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json = isJson(context.getMediaType());
        if (json) {
            context.setInputStream(new Limited(
                    context.getInputStream(), http.get().maxBodySize().asLongValue()));
        }
        Object body = context.proceed();
        if (body == null && json) {
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON, "The body must be a JSON object; it was empty or null.");
        }
        return body;
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** Fails with a 413 at the first byte past the limit. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than " + limit / 1024 + " KiB.");
            }
        }
    }
}
