package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two instances of the packaged PostgreSQL build on one database, each with its own data directory and so its own
 * search index: an article published through one becomes searchable on the other within its poll interval, and
 * stops being found there once deleted.
 */
@EnabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class SearchAcrossInstancesIT {

    private static final String SCHEMA = "akhbar_search_it";
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void shouldMakeAWriteOnOneInstanceSearchableOnTheOther() throws Exception {
        String url = PackagedApp.emptyPostgresSchema(SCHEMA);
        PackagedApp writer = instance(url);
        PackagedApp reader = instance(url);
        try {
            String token = DurabilityIT.login(writer.port());
            String word = "كلمة" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            var created = given().port(writer.port())
                    .header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "خبر عاجل " + word, "body", "<p>نص الخبر.</p>", "status", "published"))
                    .post("/api/v1/admin/articles")
                    .then()
                    .statusCode(201)
                    .extract();
            long id = created.jsonPath().getLong("id");
            String slug = created.jsonPath().getString("slug");
            // The writing instance shows its own write at once.
            given().port(writer.port())
                    .queryParam("q", word)
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .body("items.article.slug", contains(slug));

            Duration seen = await(reader, word, slugs -> slugs.equals(List.of(slug)));
            assertTrue(seen.compareTo(WITHIN) < 0, "seen on the other instance after " + seen);

            String etag = given().port(writer.port())
                    .header("Authorization", "Bearer " + token)
                    .get("/api/v1/admin/articles/" + id)
                    .header("ETag");
            given().port(writer.port())
                    .header("Authorization", "Bearer " + token)
                    .header("If-Match", etag)
                    .delete("/api/v1/admin/articles/" + id)
                    .then()
                    .statusCode(204);
            await(reader, word, List::isEmpty);
            given().port(reader.port())
                    .queryParam("q", word)
                    .get("/api/v1/search")
                    .then()
                    .body("items", empty());
        } finally {
            writer.stop();
            reader.stop();
        }
    }

    private static PackagedApp instance(String url) throws Exception {
        return new PackagedApp(Files.createTempDirectory("akhbar-search-it"))
                .env("QUARKUS_DATASOURCE_JDBC_URL", url)
                .env("QUARKUS_FLYWAY_SCHEMAS", SCHEMA)
                .env("AKHBAR_DEMO_ENABLED", "false")
                .start();
    }

    /** How long until the reader's search answers as expected; fails after {@link #WITHIN}. */
    private static Duration await(PackagedApp reader, String word, Predicate<List<String>> expected)
            throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(WITHIN) < 0) {
            List<String> slugs = given().port(reader.port())
                    .queryParam("q", word)
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.article.slug");
            if (expected.test(slugs)) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The other instance's search did not follow the write within " + WITHIN);
    }
}
