package news.akhbar.common.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The final bytes of a public 200 response, identity and gzip, each with its own strong ETag (RFC 9110: two
 * encodings of a body are two representations), the headers it was sent with, and what it shows.
 */
public record CachedResponse(
        byte[] identity,
        byte[] gzip,
        String etag,
        List<Map.Entry<String, String>> headers,
        Set<String> keys,
        Instant expires) {

    public static String gzipTag(String etag) {
        // "abc" -> "abc-gz": the quotes stay the outermost characters.
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    public String gzipEtag() {
        return gzipTag(etag);
    }

    public int weight() {
        return identity.length + gzip.length + 512;
    }

    public boolean shows(Set<String> changed) {
        for (String key : changed) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 3));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
