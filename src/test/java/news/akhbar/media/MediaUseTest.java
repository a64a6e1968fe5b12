package news.akhbar.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;
import news.akhbar.support.TestImages;

/** Library images where readers see them: featured images, images in bodies, author avatars. */
@QuarkusTest
class MediaUseTest {

    static final String ARTICLES = "/api/v1/admin/articles";

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    static Response upload(String alt) {
        var request = TestAuth.as("EDITOR").multiPart("file", "photo.jpg", TestImages.jpeg(2000, 1000), "image/jpeg");
        if (alt != null) {
            request.multiPart("alt", alt, "text/plain; charset=UTF-8");
        }
        return request.post(AdminMediaResourceTest.ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .response();
    }

    static Response createArticle(String status, Map<String, Object> fields) {
        var article = new HashMap<String, Object>(
                Map.of("title", "صورة من موسكو", "body", "<p>نص المقال.</p>", "status", status));
        article.putAll(fields);
        return TestAuth.as("EDITOR").contentType(ContentType.JSON).body(article).post(ARTICLES);
    }

    @Test
    void shouldListTheRenditionsOfALibraryFeaturedImageWithTheLibrarysWords() {
        Response media = upload("بشار الأسد في موسكو");
        String url = media.jsonPath().getString("url");

        createArticle("published", Map.of("slug", "موسكو", "featuredImage", Map.of("url", url)))
                .then()
                .statusCode(201);

        given().get("/api/v1/articles/{slug}", "موسكو")
                .then()
                .statusCode(200)
                .body("featuredImage.url", equalTo(url))
                .body("featuredImage.alt", equalTo("بشار الأسد في موسكو"))
                .body("featuredImage.width", equalTo(1600))
                .body("featuredImage.height", equalTo(800))
                .body("featuredImage.renditions.width", contains(320, 640, 1024, 1600))
                .body("featuredImage.renditions[0].url", endsWith("/320.jpg"))
                .body("featuredImage.renditions[0].height", equalTo(160))
                .body("featuredImage.renditions[0].type", equalTo("image/jpeg"));
    }

    @Test
    void shouldGiveASocialCardImageOfTheLibraryItsSize() {
        String url = upload("بشار الأسد في موسكو").jsonPath().getString("url").replace("/1600.jpg", "/1024.jpg");

        createArticle("published", Map.of("slug", "بطاقة", "social", Map.of("image", Map.of("url", url))))
                .then()
                .statusCode(201);

        given().get("/api/v1/articles/{slug}", "بطاقة")
                .then()
                .statusCode(200)
                .body("social.image.url", equalTo(url))
                .body("social.image.width", equalTo(1024))
                .body("social.image.height", equalTo(512))
                .body("social.image.alt", equalTo("بشار الأسد في موسكو"));
    }

    @Test
    void shouldGiveWordPressClientsTheNamedSizesOfALibraryImage() {
        String url = upload("بشار الأسد في موسكو").jsonPath().getString("url");
        createArticle("published", Map.of("slug", "موسكو", "featuredImage", Map.of("url", url)))
                .then()
                .statusCode(201);
        long media = given().queryParam("slug", "موسكو")
                .get("/wp-json/wp/v2/posts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].featured_media");

        given().get("/wp-json/wp/v2/media/{id}", media)
                .then()
                .statusCode(200)
                .body("mime_type", equalTo("image/jpeg"))
                .body("media_details.width", equalTo(1600))
                .body("media_details.sizes.medium.width", equalTo(320))
                .body("media_details.sizes.medium.source_url", endsWith("/320.jpg"))
                .body("media_details.sizes.medium_large.width", equalTo(1024))
                .body("media_details.sizes.large.height", equalTo(512))
                .body("media_details.sizes.full.file", equalTo("1600.jpg"));
    }

    @Test
    void shouldTellTheLanguageOfTheLibrarysWordsWhenItIsNotTheArticles() {
        var request = TestAuth.as("EDITOR")
                .multiPart("file", "photo.jpg", TestImages.jpeg(800, 400), "image/jpeg")
                .multiPart("alt", "Protesters in Beirut", "text/plain; charset=UTF-8")
                .multiPart("lang", "en");
        String url = request.post(AdminMediaResourceTest.ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .path("url");

        createArticle("published", Map.of("slug", "بيروت", "featuredImage", Map.of("url", url)))
                .then()
                .statusCode(201);

        given().get("/api/v1/articles/{slug}", "بيروت")
                .then()
                .body("featuredImage.alt", equalTo("Protesters in Beirut"))
                .body("featuredImage.lang", equalTo("en"))
                .body("featuredImage.dir", equalTo("ltr"));
    }

    @Test
    void shouldRefuseToPublishAnArticleThatShowsAnUndescribedLibraryImage() {
        String url = upload(null).jsonPath().getString("url");

        createArticle("published", Map.of("featuredImage", Map.of("url", url)))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/alt-text-required"));
        Response draft = createArticle("draft", Map.of("featuredImage", Map.of("url", url)));
        draft.then().statusCode(201);
        TestAuth.as("EDITOR")
                .header("If-Match", draft.header("ETag"))
                .post(ARTICLES + "/" + draft.jsonPath().getLong("id") + "/publish")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/alt-text-required"));
        createArticle("published", Map.of("featuredImage", Map.of("url", url, "alt", "متظاهرون في بيروت")))
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseToPublishABodyImageOfTheLibraryWithoutAlt() {
        String url = upload(null).jsonPath().getString("url");

        createArticle("published", Map.of("body", "<p>نص.</p><figure><img src=\"" + url + "\"></figure>"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/alt-text-required"));
    }

    @Test
    void shouldGiveABodyImageOfTheLibraryItsSrcsetAndItsBlockItsRenditions() {
        String url = upload("دمشق").jsonPath().getString("url").replace("/1600.jpg", "/640.jpg");

        createArticle(
                        "published",
                        Map.of(
                                "slug",
                                "دمشق",
                                "body",
                                "<p>نص.</p><figure><img src=\"" + url + "\"><figcaption>المدينة القديمة</figcaption>"
                                        + "</figure>"))
                .then()
                .statusCode(201);

        given().get("/api/v1/articles/{slug}", "دمشق")
                .then()
                .statusCode(200)
                .body("body.html", containsString("srcset=\"" + url.replace("/640.jpg", "/320.jpg") + " 320w, "))
                .body("body.html", containsString("width=\"640\" height=\"320\""))
                .body("body.html", containsString("alt=\"دمشق\""))
                .body("body.blocks[1].type", equalTo("image"))
                .body("body.blocks[1].image.caption", equalTo("المدينة القديمة"))
                .body("body.blocks[1].image.renditions", hasSize(4))
                .body("body.blocks[1].image.renditions[3].url", endsWith("/1600.jpg"));
    }

    @Test
    void shouldRefuseAnAddressOfTheLibraryThatNamesNoItem() {
        createArticle(
                        "draft",
                        Map.of(
                                "featuredImage",
                                Map.of("url", "https://api.example.com/api/v1/media/AAAAAAAAAAAAAAAAAAAAAA/640.jpg")))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("featuredImage.url"));
    }

    @Test
    void shouldRefuseToDeleteAnItemThatAnArticleShowsAndDeleteItOnceItIsUnused() {
        Response media = upload("دمشق");
        String item = AdminMediaResourceTest.ADMIN + "/" + media.jsonPath().getString("key");
        String rendition = AdminMediaResourceTest.path(media.jsonPath().getString("url"));
        Response article = createArticle(
                "draft", Map.of("featuredImage", Map.of("url", media.jsonPath().getString("url"))));

        TestAuth.as("EDITOR")
                .header("If-Match", media.header("ETag"))
                .delete(item)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://akhbar.dev/problems/in-use"));
        given().get(rendition).then().statusCode(200);

        TestAuth.as("EDITOR")
                .header("If-Match", article.header("ETag"))
                .delete(ARTICLES + "/" + article.jsonPath().getLong("id"))
                .then()
                .statusCode(204);
        TestAuth.as("ADMIN")
                .header("If-Match", media.header("ETag"))
                .delete(item)
                .then()
                .statusCode(204);
        given().get(rendition).then().statusCode(404);
        TestAuth.as("EDITOR").get(item).then().statusCode(404);
    }

    @Test
    void shouldCountAnImageInTheBodyAsAUseUntilTheBodyNoLongerShowsIt() {
        Response media = upload("دمشق");
        String item = AdminMediaResourceTest.ADMIN + "/" + media.jsonPath().getString("key");
        String url = media.jsonPath().getString("url");
        Response article = createArticle("draft", Map.of("body", "<p>نص.</p><img src=\"" + url + "\">"));
        article.then().statusCode(201);

        TestAuth.as("EDITOR")
                .header("If-Match", media.header("ETag"))
                .delete(item)
                .then()
                .statusCode(409)
                .header("X-Usage-Count", "1");

        TestAuth.as("EDITOR")
                .header("If-Match", article.header("ETag"))
                .contentType("application/merge-patch+json")
                .body(Map.of("body", "<p>نص بلا صورة.</p>"))
                .patch(ARTICLES + "/" + article.jsonPath().getLong("id"))
                .then()
                .statusCode(200);
        TestAuth.as("EDITOR")
                .header("If-Match", media.header("ETag"))
                .delete(item)
                .then()
                .statusCode(204);
    }

    @Test
    void shouldRefuseToRemoveTheAltTextOfAnItemInUse() {
        Response media = upload("دمشق");
        createArticle(
                "draft", Map.of("featuredImage", Map.of("url", media.jsonPath().getString("url"))));

        TestAuth.as("EDITOR")
                .header("If-Match", media.header("ETag"))
                .contentType("application/merge-patch+json")
                .body("{\"alt\":null}")
                .patch(AdminMediaResourceTest.ADMIN + "/" + media.jsonPath().getString("key"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/alt-text-required"));
    }

    @Test
    void shouldGiveAnAuthorsAvatarFromTheLibraryItsRenditions() {
        String url = upload("رامي فاخوري").jsonPath().getString("url").replace("/1600.jpg", "/320.jpg");

        TestAuth.as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "rami-fakhori", "displayName", "رامي فاخوري", "avatarUrl", url))
                .post("/api/v1/admin/authors")
                .then()
                .statusCode(201);

        given().get("/api/v1/authors/{slug}", "rami-fakhori")
                .then()
                .statusCode(200)
                .body("avatar.url", equalTo(url))
                .body("avatar.alt", equalTo("رامي فاخوري"))
                .body("avatar.width", equalTo(320))
                .body("avatar.renditions.width", contains(320, 640, 1024, 1600));
    }
}
