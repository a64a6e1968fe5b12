package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import news.akhbar.support.TestImages;

/**
 * Two instances of the packaged PostgreSQL build on one database with akhbar.media.store=database, each with its
 * own data directory: an image uploaded through one is served, byte for byte, by the other, and is gone from both
 * once deleted. The store several instances share, tested as they would share it.
 */
@EnabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class MediaAcrossInstancesIT {

    private static final String SCHEMA = "akhbar_media_it";

    @Test
    void shouldServeAnImageUploadedOnOneInstanceFromTheOther() throws Exception {
        String url = PackagedApp.emptyPostgresSchema(SCHEMA);
        PackagedApp writer = instance(url);
        PackagedApp reader = instance(url);
        try {
            String token = DurabilityIT.login(writer.port());
            Response created = given().port(writer.port())
                    .header("Authorization", "Bearer " + token)
                    .multiPart("file", "photo.jpg", TestImages.jpeg(1200, 800), "image/jpeg")
                    .multiPart("alt", "دمشق", "text/plain; charset=UTF-8")
                    .post("/api/v1/admin/media")
                    .then()
                    .statusCode(201)
                    .extract()
                    .response();
            String rendition = created.jsonPath().getString("renditions[1].url");
            String path = rendition.substring(rendition.indexOf("/api/v1/"));

            byte[] fromWriter = given().port(writer.port())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            byte[] fromReader = given().port(reader.port())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("image/jpeg")
                    .extract()
                    .asByteArray();
            assertArrayEquals(fromWriter, fromReader);

            given().port(writer.port())
                    .header("Authorization", "Bearer " + token)
                    .header("If-Match", created.header("ETag"))
                    .delete("/api/v1/admin/media/" + created.jsonPath().getString("key"))
                    .then()
                    .statusCode(204);
            given().port(reader.port()).get(path).then().statusCode(404);
        } finally {
            writer.stop();
            reader.stop();
        }
    }

    private static PackagedApp instance(String url) throws Exception {
        return new PackagedApp(Files.createTempDirectory("akhbar-media-it"))
                .env("QUARKUS_DATASOURCE_JDBC_URL", url)
                .env("QUARKUS_FLYWAY_SCHEMAS", SCHEMA)
                .env("AKHBAR_DEMO_ENABLED", "false")
                .env("AKHBAR_MEDIA_STORE", "database")
                .start();
    }
}
