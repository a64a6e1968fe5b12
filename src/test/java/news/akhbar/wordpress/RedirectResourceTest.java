package news.akhbar.wordpress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;
import news.akhbar.support.WordPressExport;

@QuarkusTest
class RedirectResourceTest {

    static final String REDIRECTS = "/api/v1/redirects";

    @Inject
    TestData data;

    @BeforeEach
    void importExport() {
        data.reset();
        WordPressExport.imported();
    }

    @Test
    void shouldRedirectAnOldPermalinkToTheArticle() {
        given().redirects()
                .follow(false)
                .queryParam("path", "/2024/12/08/" + WordPressApiTest.SEED_SLUG + "/")
                .get(REDIRECTS)
                .then()
                .statusCode(301)
                // The site's article address, percent-encoded as a Location must be.
                .header(
                        "Location",
                        startsWith("https://taifpost.example/articles/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-"))
                .body("kind", equalTo("article"))
                .body("slug", equalTo(WordPressApiTest.SEED_SLUG));
    }

    @Test
    void shouldRedirectAPlainPostIdLink() {
        given().redirects()
                .follow(false)
                .queryParam("path", "https://taifpost.example/?p=1041")
                .get(REDIRECTS)
                .then()
                .statusCode(301)
                .body("kind", equalTo("article"))
                .body("slug", equalTo(WordPressApiTest.SEED_SLUG));
    }

    @Test
    void shouldRedirectACategoryArchive() {
        given().redirects()
                .follow(false)
                .queryParam("path", "/category/economy/")
                .get(REDIRECTS)
                .then()
                .statusCode(301)
                .body("kind", equalTo("category"))
                .body("slug", equalTo("economy"));
    }

    @Test
    void shouldReturn404ForAnAddressNothingLivesAt() {
        given().queryParam("path", "/2024/12/08/no-such-post/")
                .get(REDIRECTS)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReturn404ForADraftsPermalink() {
        given().queryParam("path", "/?p=1201")
                .get(REDIRECTS)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAMissingPath() {
        given().get(REDIRECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-parameter"));
    }
}
