package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
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

    @Test
    void shouldGiveASourceNamedInAnotherLanguageItsLanguageAndDirection() {
        publish(Map.of(
                "slug",
                "مصادر",
                "sources",
                List.of(
                        Map.of("name", "NBC News", "url", "https://www.nbcnews.com/", "lang", "en"),
                        Map.of("name", "وكالة سانا"))));

        given().get("/api/v1/articles/{slug}", "مصادر")
                .then()
                .statusCode(200)
                .body("sources[0].lang", equalTo("en"))
                .body("sources[0].dir", equalTo("ltr"))
                .body("sources[1].lang", nullValue())
                .body("sources[1].dir", nullValue());
    }

    @Test
    void shouldGiveImageTextInAnotherLanguageItsDirectionOnTheFeaturedImageAndInBlocks() {
        publish(Map.of(
                "slug",
                "صورة-بالإنجليزية",
                "featuredImage",
                Map.of("url", "https://cdn.example.com/a.jpg", "alt", "Protesters in Beirut", "lang", "en"),
                "body",
                "<p>نص.</p><figure lang=\"en\" dir=\"ltr\"><img src=\"https://cdn.example.com/map.png\" alt=\"A map\">"
                        + "<figcaption>Map of the front</figcaption></figure>"));

        given().get("/api/v1/articles/{slug}", "صورة-بالإنجليزية")
                .then()
                .statusCode(200)
                .body("featuredImage.lang", equalTo("en"))
                .body("featuredImage.dir", equalTo("ltr"))
                .body("body.blocks[1].type", equalTo("image"))
                .body("body.blocks[1].image.lang", equalTo("en"))
                .body("body.blocks[1].image.dir", equalTo("ltr"));
    }

    @Test
    void shouldRefuseAMalformedLanguageOnASource() {
        TestAuth.as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "خبر",
                        "body",
                        "<p>نص.</p>",
                        "sources",
                        List.of(Map.of("name", "x", "lang", "not a tag"))))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"));
    }

    private static void publish(Map<String, Object> fields) {
        Map<String, Object> article =
                new HashMap<>(Map.of("title", "خبر", "body", "<p>نص.</p>", "status", "published"));
        article.putAll(fields);
        TestAuth.as("EDITOR")
                .contentType(ContentType.JSON)
                .body(article)
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201);
    }
}
