package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Writes the API acknowledged survive kill -9 of the process right after the answer, on the embedded H2 database
 * (on PostgreSQL that is the server's business, and the jar of that build does not embed a database).
 */
@DisabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class DurabilityIT {

    @Test
    void shouldKeepEveryAcknowledgedWriteThroughKillMinus9() throws Exception {
        Path data = Files.createTempDirectory("akhbar-durability");
        PackagedApp app = new PackagedApp(data)
                .env("AKHBAR_COMMENTS_RATE_LIMIT", "1000")
                .env("AKHBAR_RATE_LIMIT_COMMENTS", "1000")
                .start();
        String token = login(app.port());

        List<Long> articles = new ArrayList<>();
        List<Long> comments = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            var created = given().port(app.port())
                    .header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "خبر رقم " + i, "body", "<p>نص الخبر " + i + "</p>", "status", "published"))
                    .post("/api/v1/admin/articles")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            articles.add(created.getLong("id"));
            comments.add(given().port(app.port())
                    .contentType(ContentType.JSON)
                    .body(Map.of("body", "تعليق " + i, "authorName", "قارئ", "authorEmail", "r" + i + "@example.com"))
                    .post("/api/v1/articles/{slug}/comments", created.getString("slug"))
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getLong("id"));
        }
        app.kill();

        PackagedApp again = new PackagedApp(data).start();
        try {
            String newToken = login(again.port());
            for (int i = 0; i < articles.size(); i++) {
                given().port(again.port())
                        .header("Authorization", "Bearer " + newToken)
                        .get("/api/v1/admin/articles/" + articles.get(i))
                        .then()
                        .statusCode(200)
                        .body("title", equalTo("خبر رقم " + i));
                given().port(again.port())
                        .header("Authorization", "Bearer " + newToken)
                        .get("/api/v1/admin/comments/" + comments.get(i))
                        .then()
                        .statusCode(200)
                        .body("body", equalTo("تعليق " + i));
            }
        } finally {
            again.stop();
        }
    }

    static String login(int port) {
        return given().port(port)
                .contentType(ContentType.JSON)
                .body(Map.of("email", PackagedApp.ADMIN_EMAIL, "password", PackagedApp.ADMIN_PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("accessToken");
    }
}
