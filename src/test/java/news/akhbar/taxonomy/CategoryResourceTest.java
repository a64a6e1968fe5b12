package news.akhbar.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.TestData;

@QuarkusTest
class CategoryResourceTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.category("سياسة", null);
        data.category("الشأن-السوري", "سياسة");
        data.category("اقتصاد", null);
    }

    @Test
    void shouldListCategoriesByNameWithParentAndCounts() {
        data.article("سياسة").category("سياسة").create();
        data.article("سوريا").category("الشأن-السوري").create();
        data.article("مسودة")
                .category("الشأن-السوري")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();

        given().get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("items.slug", contains("اقتصاد", "الشأن-السوري", "سياسة"))
                .body("items[1].parent.slug", equalTo("سياسة"))
                .body("items[0].parent", nullValue())
                // A parent counts its sub-categories' articles, as the ?category= filter includes them.
                .body("items.articleCount", contains(0, 1, 2))
                .body("items[0].dir", equalTo("rtl"))
                .header("X-Total-Count", "3");
    }

    @Test
    void shouldShowACategoryWithItsChildren() {
        given().get("/api/v1/categories/{slug}", "سياسة")
                .then()
                .statusCode(200)
                .body("name", equalTo("سياسة"))
                .body("children.slug", contains("الشأن-السوري"))
                .body("lang", equalTo("ar"));
        given().get("/api/v1/categories/{slug}", "اقتصاد")
                .then()
                .statusCode(200)
                .body("children", empty());
    }

    @Test
    void shouldReturn404ForUnknownCategory() {
        given().get("/api/v1/categories/{slug}", "رياضة")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://akhbar.dev/problems/not-found"));
    }
}
