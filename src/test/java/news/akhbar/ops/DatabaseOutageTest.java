package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

/** The database goes away and comes back while the API keeps running. */
@QuarkusTest
@QuarkusTestResource(value = DatabaseBehindProxy.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    @Inject
    TestData data;

    /** The management interface's root, {@code …/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldServeWhatIsCachedAndAnswer503ForTheRestWhileTheDatabaseIsAwayAndRecoverByItself() throws Exception {
        data.reset();
        data.article("خبر").slug("news").create();
        given().get("/api/v1/articles/news").then().statusCode(200);
        // Health endpoints are operations' business, not part of the API contract.
        given().noFilters()
                .get(management + "health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));

        DatabaseBehindProxy.proxy.cut();

        Instant start = Instant.now();
        // Readers keep getting what was rendered before: the response cache needs no database.
        given().get("/api/v1/articles/news").then().statusCode(200);
        given().get("/api/v1/articles/news/related")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://akhbar.dev/problems/service-unavailable"));
        given().get("/api/v1/articles").then().statusCode(503);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "no hang while the database is away");
        given().noFilters()
                .get(management + "health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"));
        given().noFilters().get(management + "health/live").then().statusCode(200);

        DatabaseBehindProxy.proxy.restore();

        Instant deadline = Instant.now().plusSeconds(30);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = given().get("/api/v1/articles/news/related").statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertTrue(status == 200, "the API serves again without a restart, last status " + status);
        given().noFilters().get(management + "health/ready").then().statusCode(200);
    }
}
