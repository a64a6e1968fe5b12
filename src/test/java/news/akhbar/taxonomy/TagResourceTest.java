package news.akhbar.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.TestData;

@QuarkusTest
class TagResourceTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.tag("سوريا");
        data.tag("روسيا");
        data.tag("إيران");
    }

    @Test
    void shouldListTagsByNameWithPublishedCounts() {
        data.article("أ").tags("سوريا", "روسيا").create();
        data.article("ب").tags("سوريا").create();
        data.article("مسودة")
                .tags("إيران")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();

        given().get("/api/v1/tags")
                .then()
                .statusCode(200)
                .body("items.slug", contains("إيران", "روسيا", "سوريا"))
                .body("items.articleCount", contains(0, 1, 2))
                .body("items[0].dir", equalTo("rtl"));
    }

    @Test
    void shouldPageTags() {
        given().queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/tags")
                .then()
                .statusCode(200)
                .body("items.slug", contains("سوريا"))
                .body("page.totalPages", equalTo(2));
    }

    @Test
    void shouldShowATagBySlug() {
        data.article("أ").tags("سوريا").create();

        given().get("/api/v1/tags/{slug}", "سوريا")
                .then()
                .statusCode(200)
                .body("name", equalTo("سوريا"))
                .body("articleCount", equalTo(1));
    }

    @Test
    void shouldReturn404ForUnknownTag() {
        given().get("/api/v1/tags/{slug}", "لا-شيء")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://akhbar.dev/problems/not-found"));
    }
}
