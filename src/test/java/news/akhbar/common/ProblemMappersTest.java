package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemMappersTest {

    // These requests leave the contract on purpose (unknown path, unsupported method), so they skip its validation.

    @Test
    void shouldAnswerUnknownApiPathsWithAProblem() {
        given().noFilters().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithAProblem() {
        given().noFilters().contentType("application/json").body("{}").post("/api/v1/articles").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/method-not-allowed"))
                .body(not(containsString("Exception")));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/articles/any/comments")
    java.net.URI comments;

    @Test
    void shouldAnswerAChunkedBodyOverTheLimitWithAProblem() throws Exception {
        // No Content-Length: the limit is hit while the body streams in, after the request was routed.
        byte[] body = ("{\"body\":\"" + "ا".repeat(1_200_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(comments)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        org.junit.jupiter.api.Assertions.assertTrue(
                response.body().contains("https://akhbar.dev/problems/payload-too-large"), response.body());
    }

    @Test
    void shouldAnswerAnUnacceptableMediaTypeWithAProblem() {
        given().accept("application/xml").get("/api/v1/articles").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/not-acceptable"));
    }
}
