package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import news.akhbar.webhook.Receiver;

/**
 * The outbox survives kill -9: an event committed by a process that died before sending it is delivered by the
 * process that starts next (on the embedded H2 database, as DurabilityIT).
 */
@DisabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class WebhookOutboxIT {

    @Test
    void shouldDeliverAfterRestartWhatAKilledProcessCommitted() throws Exception {
        Path data = Files.createTempDirectory("akhbar-webhooks");
        try (Receiver receiver = new Receiver()) {
            // The first process never runs a delivery round before it dies.
            PackagedApp first = new PackagedApp(data)
                    .env("AKHBAR_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true")
                    .env("AKHBAR_WEBHOOKS_POLL", "1H")
                    .start();
            String token = DurabilityIT.login(first.port());
            String secret = given().port(first.port())
                    .header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("article.published")))
                    .post("/api/v1/admin/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("secret");
            String slug = given().port(first.port())
                    .header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "خبر عاجل قبل الانهيار", "body", "<p>نص الخبر.</p>", "status", "published"))
                    .post("/api/v1/admin/articles")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("slug");
            first.kill();
            assertEquals(List.of(), receiver.received());

            PackagedApp second = new PackagedApp(data)
                    .env("AKHBAR_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true")
                    .env("AKHBAR_WEBHOOKS_POLL", "200MS")
                    .start();
            try {
                Instant deadline = Instant.now().plusSeconds(30);
                while (receiver.received().isEmpty() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                assertEquals(1, receiver.received().size(), "delivered once");
                Receiver.Received message = receiver.received().get(0);
                assertTrue(Receiver.verify(secret, message));
                JsonPath body = JsonPath.from(message.body());
                assertEquals("article.published", body.getString("type"));
                assertEquals(slug, body.getString("data.slug"));
            } finally {
                second.stop();
            }
        }
    }
}
