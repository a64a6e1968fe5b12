package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** The embedded database file sheds the dead space of many small writes when the API stops cleanly. */
@DisabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class H2CompactionIT {

    @Test
    void shouldShrinkTheDatabaseFileOnACleanStopAndKeepEverythingInIt() throws Exception {
        Path data = Files.createTempDirectory("akhbar-compaction");
        PackagedApp app = new PackagedApp(data).start();
        String token = DurabilityIT.login(app.port());
        String body = "<p>" + "نص الخبر الطويل ".repeat(200) + "</p>";
        String last = null;
        for (int i = 0; i < 150; i++) {
            last = publish(app, token, "خبر رقم " + i, body);
        }
        int total = given().port(app.port()).get("/api/v1/articles").jsonPath().getInt("page.totalItems");
        Path file = data.resolve("akhbar.mv.db");
        long before = Files.size(file);

        app.stop();

        long after = Files.size(file);
        assertTrue(after < before / 2, "the file went from " + before + " to " + after + " bytes");
        PackagedApp again = new PackagedApp(data).start();
        try {
            given().port(again.port())
                    .get("/api/v1/articles/{slug}", last)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("خبر رقم 149"));
            given().port(again.port()).get("/api/v1/articles").then().body("page.totalItems", equalTo(total));
        } finally {
            again.stop();
        }
    }

    @Test
    void shouldStopWithoutWritingToTheClosedDatabase() throws Exception {
        Path data = Files.createTempDirectory("akhbar-clean-stop");
        PackagedApp app = new PackagedApp(data).start();
        publish(app, DurabilityIT.login(app.port()), "خبر قبل التوقف", "<p>نص الخبر</p>");

        app.stop();

        // H2 writes every failed call on a closed database to its trace file next to the data.
        Path trace = data.resolve("akhbar.trace.db");
        String traced = Files.exists(trace) ? Files.readString(trace) : "";
        assertFalse(traced.contains("Exception"), traced);
        assertTrue(app.log().contains("Compacted the database file"), app.log());
        assertFalse(app.log().contains("already closed"), app.log());
    }

    private static String publish(PackagedApp app, String token, String title, String body) {
        return given().port(app.port())
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "status", "published"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("slug");
    }
}
