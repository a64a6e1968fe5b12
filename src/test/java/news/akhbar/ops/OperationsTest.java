package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

/** What a load balancer and a monitoring system read. These endpoints are operations', not the API contract's. */
@QuarkusTest
class OperationsTest {

    @Inject
    TestData data;

    /** The management interface's root, {@code …/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldReportLivenessAndReadinessWithTheDatabaseCheck() {
        given().noFilters()
                .get(management + "health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().noFilters()
                .get(management + "health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldTimeRequestsPerRouteTemplateNotPerSlug() {
        data.reset();
        data.article("خبر").slug("metrics-news").create();
        given().get("/api/v1/articles/metrics-news").then().statusCode(200);
        given().get("/api/v1/articles/no-such-article").then().statusCode(404);

        given().noFilters()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString(
                        "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                                + "uri=\"/api/v1/articles/{slug}\"}"))
                .body(not(containsString("metrics-news")))
                .body(not(containsString("no-such-article")));
    }

    @Test
    void shouldNotServeHealthAndMetricsOnThePublicPort() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
            given().noFilters()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://akhbar.dev/problems/not-found"));
        }
    }
}
