package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    // These requests leave the contract on purpose (unknown path, unsupported method), so they skip its validation.

    @Test
    void shouldAnswerUnknownApiPathsWithAProblem() {
        given().noFilters()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithAProblem() {
        given().noFilters()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/articles")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/method-not-allowed"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswerAnUnacceptableMediaTypeWithAProblem() {
        given().accept("application/xml")
                .get("/api/v1/articles")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/not-acceptable"));
    }
}
