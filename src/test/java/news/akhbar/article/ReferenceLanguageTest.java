package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

/** Names inside an article carry their own language, so an English tag in an Arabic article is set left to right. */
@QuarkusTest
class ReferenceLanguageTest {

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.category("أخبار", null);
        data.tag("سوريا");
        data.tag("reuters", "Reuters", "en");
        data.article("خبر بوسمين")
                .slug("خبر-بوسمين")
                .authors("rami-fakhori")
                .category("أخبار")
                .tags("سوريا", "reuters")
                .create();
    }

    @Test
    void shouldGiveEachTagItsOwnLanguageAndDirection() {
        given().get("/api/v1/articles/{slug}", "خبر-بوسمين")
                .then()
                .statusCode(200)
                .body("dir", equalTo("rtl"))
                .body("tags.find { it.slug == 'reuters' }.lang", equalTo("en"))
                .body("tags.find { it.slug == 'reuters' }.dir", equalTo("ltr"))
                .body("tags.find { it.slug == 'سوريا' }.dir", equalTo("rtl"));
    }

    @Test
    void shouldGiveTheAuthorAndCategoryTheirLanguage() {
        given().get("/api/v1/articles/{slug}", "خبر-بوسمين")
                .then()
                .body("authors[0].lang", equalTo("ar"))
                .body("authors[0].dir", equalTo("rtl"))
                .body("category.dir", equalTo("rtl"));
    }
}
