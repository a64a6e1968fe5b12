package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;

/** Absolute URLs come from akhbar.site.api-url (in tests https://api.taifpost.example/content), not from Host. */
@QuarkusTest
class ApiUrlsTest {

    private static final String BASE = "https://api.taifpost.example/content";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.article("خبر أول").slug("first").create();
        data.article("خبر ثان").slug("second").create();
    }

    @Test
    void shouldWriteLinkHeadersFromTheConfiguredAddressWhateverTheHost() {
        given().header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .queryParam("size", 1)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Link", startsWith("<" + BASE + "/api/v1/articles?"))
                .header("Link", not(containsString("evil.example")));
    }

    @Test
    void shouldWriteTheCursorLinksFromTheConfiguredAddress() {
        String cursor =
                given().queryParam("size", 1).get("/api/v1/articles").jsonPath().getString("page.nextCursor");

        given().header("Host", "evil.example")
                .queryParam("size", 1)
                .queryParam("cursor", cursor)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Link", containsString("<" + BASE + "/api/v1/articles?"))
                .header("Link", not(containsString("evil.example")));
    }

    @Test
    void shouldWriteLocationFromTheConfiguredAddressWhateverTheHost() {
        TestAuth.as("EDITOR")
                .header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "الطاقة"))
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(201)
                .header("Location", startsWith(BASE + "/api/v1/admin/tags/"));
    }
}
