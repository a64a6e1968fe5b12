package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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

    @Test
    void shouldRefuseANullBodyOnEveryJsonOperation() {
        for (String path : new String[] {"/api/v1/admin/accounts", "/api/v1/admin/tokens", "/api/v1/admin/articles"}) {
            as("ADMIN")
                    .contentType("application/json")
                    .body("null")
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://akhbar.dev/problems/malformed-json"));
        }
    }

    @Test
    void shouldRefuseContentAfterTheJsonDocument() {
        as("ADMIN")
                .contentType("application/json")
                .body("{\"name\":\"سوريا\"} {\"name\":\"روسيا\"}")
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/malformed-json"));
        given().get("/api/v1/tags/{slug}", "سوريا").then().statusCode(404);
    }

    @Test
    void shouldNotTakeANumberForAString() {
        as("ADMIN")
                .contentType("application/json")
                .body("{\"name\": 2025}")
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"))
                .body("errors[0].name", equalTo("name"));
        given().get("/api/v1/tags/2025").then().statusCode(404);
    }

    @Test
    void shouldRefuseADateTimeWhoseYearOverflowsInUtc() {
        as("ADMIN")
                .contentType("application/json")
                .body("{\"title\":\"خبر\",\"body\":\"<p>نص</p>\",\"status\":\"scheduled\","
                        + "\"publishedAt\":\"+999999999-12-31T23:59:59-18:00\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"))
                .body("errors[0].name", equalTo("publishedAt"));
    }

    @Test
    void shouldAnswerAnOutOfRangeDateFilterWith400() {
        for (String to : new String[] {"+999999999-12-31T23:59:59-18:00", "+10000-01-01T00:00:00Z"}) {
            given().queryParam("to", to)
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                    .body("errors[0].name", equalTo("to"));
        }
    }

    @Test
    void shouldTakeTheLastDayOfYear9999AsAnUpperBound() {
        given().queryParam("to", "9999-12-31").get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldAnswerTheLastPossiblePageOfEveryAdminListWithAnEmptyPage() {
        for (String list :
                new String[] {"accounts", "tokens", "articles", "authors", "categories", "tags", "comments"}) {
            as("ADMIN")
                    .queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 100)
                    .get("/api/v1/admin/" + list)
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(0));
        }
    }

    @Test
    void shouldAnswerAPreflightForAMethodThatIsNoTokenWithoutAllowingIt() {
        // A preflight is no API operation, so it is not in the contract.
        given().noFilters()
                .header("Origin", "https://reader.example")
                .header("Access-Control-Request-Method", "G E T")
                .options("/api/v1/articles")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void shouldAnswerASlugWithANulCharacterWithA404() {
        // PostgreSQL refuses U+0000 in a text parameter: the lookup must not reach it as such.
        for (String path : new String[] {
            "/api/v1/articles/{slug}",
            "/api/v1/tags/{slug}",
            "/api/v1/authors/{slug}",
            "/api/v1/articles/{slug}/comments"
        }) {
            given().get(path, "a\u0000b").then().statusCode(404).contentType("application/problem+json");
        }
    }
}
