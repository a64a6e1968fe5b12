package news.akhbar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;

/**
 * What a CDN or browser cache keeps must be right for every later request: HEAD tells what GET would send, the
 * public API's CORS headers do not depend on Origin, and two encodings of a body never share a strong ETag. Plain
 * HTTP without REST Assured, which would add its own Accept-Encoding and undo the compression.
 */
@QuarkusTest
class HttpCachesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.article("خبر").slug("news").create();
    }

    @Test
    void shouldAnswerHeadWithExactlyTheHeadersOfGet() throws Exception {
        for (String path : List.of(
                "api/v1/articles/news",
                "api/v1/articles?size=1",
                "api/v1/tags",
                "api/v1/articles/no-such-article",
                "api/v1/articles?size=oops")) {
            for (String encoding : List.of("identity", "gzip")) {
                // HEAD first: it is not cached, so the first encoding compares two rendered answers, the second a
                // rendered HEAD with a GET from the response cache.
                HttpResponse<byte[]> head = send("HEAD", path, Map.of("Accept-Encoding", encoding));
                HttpResponse<byte[]> get = send("GET", path, Map.of("Accept-Encoding", encoding));
                assertEquals(get.statusCode(), head.statusCode(), path);
                assertEquals(headers(get), headers(head), "HEAD " + path + " with " + encoding);
                assertEquals(0, head.body().length);
            }
        }
    }

    @Test
    void shouldSendTheSamePublicCorsHeadersWithOrWithoutOrigin() throws Exception {
        Map<String, List<String>> without = headers(send("GET", "api/v1/articles/news", Map.of()));
        Map<String, List<String>> with =
                headers(send("GET", "api/v1/articles/news", Map.of("Origin", "https://reader-app.example")));

        assertEquals(List.of("*"), without.get("access-control-allow-origin"));
        assertEquals(without, with);
    }

    @Test
    void shouldVaryOnOriginForTheManagementApiEvenWithoutOrigin() throws Exception {
        HttpResponse<byte[]> response =
                send("GET", "api/v1/admin/articles", Map.of("Authorization", TestAuth.bearer("EDITOR")));

        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().allValues("Vary").stream().anyMatch(v -> v.equalsIgnoreCase("Origin")),
                response.headers().toString());
        assertNull(response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void shouldNeverGiveTwoEncodingsOfAPublicBodyTheSameEtag() throws Exception {
        HttpResponse<byte[]> identity = send("GET", "api/v1/articles/news", Map.of("Accept-Encoding", "identity"));
        HttpResponse<byte[]> gzip = send("GET", "api/v1/articles/news", Map.of("Accept-Encoding", "gzip"));

        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertNotEquals(identity.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"));
        assertTrue(gzip.headers().allValues("Vary").contains("Accept-Encoding"));
    }

    @Test
    void shouldNotCompressAManagementBodyWhoseEtagIsItsVersion() throws Exception {
        long id = TestAuth.as("EDITOR")
                .contentType("application/json")
                .body(Map.of("title", "مسودة طويلة", "body", "<p>" + "نص طويل يتكرر. ".repeat(400) + "</p>"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        HttpResponse<byte[]> response = send(
                "GET",
                "api/v1/admin/articles/" + id,
                Map.of("Accept-Encoding", "gzip", "Authorization", TestAuth.bearer("EDITOR")));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertNull(response.headers().firstValue("Content-Encoding").orElse(null));
    }

    private HttpResponse<byte[]> send(String method, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every header but Date, names in lower case. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return headers;
    }
}
