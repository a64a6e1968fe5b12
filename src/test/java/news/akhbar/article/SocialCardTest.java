package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

@QuarkusTest
class SocialCardTest {

    static final String ADMIN = "/api/v1/admin/articles";

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
    }

    @Test
    void shouldFallBackOnTheTitleTheBodyAndNoImage() {
        data.article("عاجل من دمشق")
                .slug("عاجل")
                .authors("rami-fakhori")
                .body("<p>" + "كلمة ".repeat(80) + "</p>")
                .create();
        given().get("/api/v1/articles/{slug}", "عاجل")
                .then()
                .statusCode(200)
                .body("social.title", equalTo("عاجل من دمشق"))
                .body("social.description", startsWith("كلمة كلمة"))
                .body("social.description", endsWith("…"))
                .body("social.image", nullValue())
                .body("social.twitterCard", equalTo("summary"));
    }

    @Test
    void shouldFallBackOnTheExcerptAndTheFeaturedImage() {
        data.article("خبر بصورة")
                .slug("خبر-بصورة")
                .authors("rami-fakhori")
                .excerpt("ملخص الخبر")
                .image("https://taifpost.example/media/photo.jpg", "صورة الحدث")
                .create();
        given().get("/api/v1/articles/{slug}", "خبر-بصورة")
                .then()
                .body("social.description", equalTo("ملخص الخبر"))
                .body("social.image.url", equalTo("https://taifpost.example/media/photo.jpg"))
                .body("social.image.alt", equalTo("صورة الحدث"))
                .body("social.twitterCard", equalTo("summary_large_image"));
    }

    @Test
    void shouldPreferTheSeoTitleToTheHeadline() {
        long id = create(Map.of("seo", Map.of("metaTitle", "عنوان محركات البحث", "metaDescription", "وصف البحث")));
        publish(id);
        given().get("/api/v1/articles/{slug}", "مقال-اجتماعي")
                .then()
                .body("social.title", equalTo("عنوان محركات البحث"))
                .body("social.description", equalTo("وصف البحث"));
    }

    @Test
    void shouldShowTheSocialFieldsAnEditorSet() {
        long id = create(Map.of(
                "seo",
                Map.of("metaTitle", "عنوان محركات البحث"),
                "social",
                Map.of(
                        "title",
                        "ما لم يُروَ عن ليلة الهروب",
                        "image",
                        Map.of("url", "https://taifpost.example/media/card.jpg", "width", 1200, "height", 630),
                        "twitterCard",
                        "summary")));
        as("EDITOR")
                .get(ADMIN + "/" + id)
                .then()
                .body("social.title", equalTo("ما لم يُروَ عن ليلة الهروب"))
                .body("social.description", nullValue());
        publish(id);
        given().get("/api/v1/articles/{slug}", "مقال-اجتماعي")
                .then()
                .body("social.title", equalTo("ما لم يُروَ عن ليلة الهروب"))
                .body("social.image.width", equalTo(1200))
                .body("social.twitterCard", equalTo("summary"));
    }

    @Test
    void shouldRefuseASocialImageThatIsNotAWebAddress() {
        as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "مقال",
                        "body",
                        "<p>نص</p>",
                        "authors",
                        List.of("rami-fakhori"),
                        "social",
                        Map.of("image", Map.of("url", "javascript:alert(1)"))))
                .post(ADMIN)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private long create(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(
                Map.of("title", "مقال اجتماعي", "body", "<p>نص المقال.</p>", "authors", List.of("rami-fakhori")));
        body.putAll(extra);
        return as("EDITOR")
                .contentType(ContentType.JSON)
                .body(body)
                .post(ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private void publish(long id) {
        as("EDITOR").post(ADMIN + "/" + id + "/publish").then().statusCode(200);
    }
}
