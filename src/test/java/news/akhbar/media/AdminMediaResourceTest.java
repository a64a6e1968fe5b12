package news.akhbar.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
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

@QuarkusTest
class AdminMediaResourceTest {

    static final String ADMIN = "/api/v1/admin/media";

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    static Response upload(String role, String fileName, byte[] bytes, String mimeType) {
        return TestAuth.as(role).multiPart("file", fileName, bytes, mimeType).post(ADMIN);
    }

    static Response upload(byte[] jpeg, String alt) {
        var request = TestAuth.as("EDITOR").multiPart("file", "photo.jpg", jpeg, "image/jpeg");
        if (alt != null) {
            request.multiPart("alt", alt, "text/plain; charset=UTF-8");
        }
        return request.post(ADMIN);
    }

    @Test
    void shouldMakeRenditionsAtTheConfiguredWidthsInTheImagesProportions() {
        Response created = upload(TestImages.jpeg(2000, 1000), "بشار الأسد في موسكو");

        created.then()
                .statusCode(201)
                .header(
                        "Location",
                        containsString(ADMIN + "/" + created.jsonPath().getString("key")))
                .body("type", equalTo("image/jpeg"))
                .body("sourceType", equalTo("image/jpeg"))
                .body("width", equalTo(2000))
                .body("height", equalTo(1000))
                .body("alt", equalTo("بشار الأسد في موسكو"))
                .body("dir", equalTo("rtl"))
                .body("renditions.width", contains(320, 640, 1024, 1600))
                .body("renditions.height", contains(160, 320, 512, 800))
                .body("url", endsWith("/1600.jpg"));
        for (Map<String, Object> rendition : created.jsonPath().<Map<String, Object>>getList("renditions")) {
            byte[] served = given().get(path(rendition.get("url")))
                    .then()
                    .statusCode(200)
                    .contentType("image/jpeg")
                    .extract()
                    .asByteArray();
            BufferedImage image = TestImages.read(served);
            assertEquals(rendition.get("width"), image.getWidth());
            assertEquals(rendition.get("height"), image.getHeight());
        }
    }

    @Test
    void shouldNeverUpscaleANarrowImageAndKeepAGraphicAsPng() {
        upload("AUTHOR", "chart.png", TestImages.png(500, 300), "image/png")
                .then()
                .statusCode(201)
                .body("type", equalTo("image/png"))
                .body("renditions.width", contains(320, 500))
                .body("renditions.height", contains(192, 300))
                .body("url", endsWith("/500.png"));
    }

    @Test
    void shouldTellTheTypeFromTheBytesNotTheNameOrTheHeader() {
        upload("EDITOR", "photo.jpg", TestImages.png(400, 200), "image/jpeg")
                .then()
                .statusCode(201)
                .body("sourceType", equalTo("image/png"));
        upload("EDITOR", "photo.jpg", "<?php system($_GET['c']); ?>".getBytes(), "image/jpeg")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/unsupported-media-type"));
    }

    @Test
    void shouldAcceptWebPAndGif() {
        upload("EDITOR", "dot.webp", TestImages.WEBP_1X1, "image/webp")
                .then()
                .statusCode(201)
                .body("sourceType", equalTo("image/webp"))
                .body("width", equalTo(1))
                .body("renditions.width", contains(1));
        upload("EDITOR", "map.gif", TestImages.gif(700, 350), "image/gif")
                .then()
                .statusCode(201)
                .body("sourceType", equalTo("image/gif"))
                .body("type", equalTo("image/png"))
                .body("renditions.width", contains(320, 640, 700));
    }

    @Test
    void shouldServeNoMetadataOfTheUploadNotEvenTheGpsPosition() {
        byte[] photo = TestImages.withGpsExif(TestImages.jpeg(1200, 800));
        // The fixture is what a phone writes: EXIF (APP1) with the camera and a GPS position.
        assertTrue(TestImages.jpegMarkers(photo).contains(0xE1));
        assertTrue(TestImages.contains(photo, TestImages.CAMERA));

        Response created = upload(photo, "دمشق");
        created.then().statusCode(201).body("renditions", hasSize(4));
        for (String url : created.jsonPath().<String>getList("renditions.url")) {
            byte[] served =
                    given().get(path(url)).then().statusCode(200).extract().asByteArray();
            assertFalse(TestImages.jpegMarkers(served).contains(0xE1), url + " keeps an EXIF segment");
            assertFalse(TestImages.contains(served, TestImages.CAMERA), url + " keeps the camera's name");
            assertFalse(TestImages.contains(served, "Exif"), url + " keeps EXIF");
        }
    }

    @Test
    void shouldTurnAPhotoAsItsExifOrientationSaysBeforeTheExifGoes() {
        byte[] sideways = TestImages.withOrientation(TestImages.redLeftThird(300, 150), 6);

        Response created = upload(sideways, "صورة عمودية");
        created.then()
                .statusCode(201)
                .body("width", equalTo(150))
                .body("height", equalTo(300))
                .body("renditions.width", contains(150));
        BufferedImage shown =
                TestImages.read(given().get(path(created.jsonPath().getString("url")))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        assertEquals(150, shown.getWidth());
        assertEquals(300, shown.getHeight());
        // Turned a quarter clockwise: the stored left edge (red) is now the top.
        assertTrue(isRed(shown.getRGB(75, 20)), "top is red");
        assertFalse(isRed(shown.getRGB(75, 280)), "bottom is blue");
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 180 && (rgb & 0xFF) < 80;
    }

    @Test
    void shouldServeRenditionsAsImmutableWithAnETagAndAnswer304() {
        String url = path(upload(TestImages.jpeg(800, 600), "صورة").jsonPath().getString("url"));

        String etag = given().get(url)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get(url)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get(url.replace(".jpg", ".png")).then().statusCode(404);
        given().get(url.replace("/800.jpg", "/801.jpg")).then().statusCode(404);
    }

    @Test
    void shouldRefuseADecompressionBombFromItsHeaderAndStoreNothing() {
        upload("EDITOR", "bomb.png", TestImages.pngBomb(), "image/png")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/too-many-pixels"))
                .body("detail", containsString("100000 × 100000"));
        TestAuth.as("EDITOR").get(ADMIN).then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseAPolyglotThatAppendsAPageToAPicture() {
        upload("EDITOR", "photo.jpg", TestImages.polyglot(), "image/jpeg")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/damaged-image"))
                .body("detail", containsString("appended"));
    }

    @Test
    void shouldRefuseATruncatedImage() {
        upload("EDITOR", "photo.jpg", TestImages.truncated(), "image/jpeg")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/damaged-image"));
        byte[] png = TestImages.png(300, 300);
        upload("EDITOR", "chart.png", Arrays.copyOf(png, png.length - 20), "image/png")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/damaged-image"));
    }

    @Test
    void shouldRefuseAnUploadWithoutAFile() {
        TestAuth.as("EDITOR")
                .multiPart("alt", "بلا صورة")
                .post(ADMIN)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"));
    }

    @Test
    void shouldLetNeitherAModeratorUploadNorAnAuthorDelete() {
        upload("MODERATOR", "photo.jpg", TestImages.jpeg(100, 100), "image/jpeg")
                .then()
                .statusCode(403);
        Response created = upload("AUTHOR", "photo.jpg", TestImages.jpeg(100, 100), "image/jpeg");
        TestAuth.as("AUTHOR")
                .header("If-Match", created.header("ETag"))
                .delete(ADMIN + "/" + created.jsonPath().getString("key"))
                .then()
                .statusCode(403);
        given().multiPart("file", "photo.jpg", TestImages.jpeg(100, 100), "image/jpeg")
                .post(ADMIN)
                .then()
                .statusCode(401);
    }

    @Test
    void shouldChangeTheWordsOfAnItemWithAMergePatch() {
        Response created = upload(TestImages.jpeg(640, 480), null);
        TestAuth.as("EDITOR")
                .header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json")
                .body(Map.of("alt", "Protesters in Beirut", "lang", "en", "credit", "AFP"))
                .patch(ADMIN + "/" + created.jsonPath().getString("key"))
                .then()
                .statusCode(200)
                .body("alt", equalTo("Protesters in Beirut"))
                .body("lang", equalTo("en"))
                .body("dir", equalTo("ltr"))
                .body("credit", equalTo("AFP"));
    }

    static String path(Object url) {
        String text = url.toString();
        return text.substring(text.indexOf("/api/v1/"));
    }

    static Map<String, Object> article(String status, Object featuredImage, String body) {
        return featuredImage == null
                ? Map.of("title", "مقال بصورة", "body", body, "status", status)
                : Map.of("title", "مقال بصورة", "body", body, "status", status, "featuredImage", featuredImage);
    }

    static Response createArticle(Map<String, Object> article) {
        return TestAuth.as("EDITOR").contentType(ContentType.JSON).body(article).post("/api/v1/admin/articles");
    }
}
