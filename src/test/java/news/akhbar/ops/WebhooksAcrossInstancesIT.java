package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import news.akhbar.webhook.Receiver;

/**
 * Two instances of the PostgreSQL build, both running their dispatcher every 100 ms on one database: each event
 * reaches the receiver exactly once, whichever instance wrote it and whichever sent it.
 */
@EnabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class WebhooksAcrossInstancesIT {

    private static final String SCHEMA = "akhbar_webhooks_it";
    private static final int ARTICLES = 20;

    @Test
    void shouldDeliverEachEventOnceWithTwoInstancesPolling() throws Exception {
        String url = PackagedApp.emptyPostgresSchema(SCHEMA);
        try (Receiver receiver = new Receiver()) {
            PackagedApp one = instance(url);
            PackagedApp two = instance(url);
            try {
                String token = DurabilityIT.login(one.port());
                String secret = given().port(one.port())
                        .header("Authorization", "Bearer " + token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("url", receiver.url(), "events", List.of("article.published")))
                        .post("/api/v1/admin/webhooks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("secret");
                String tokenTwo = DurabilityIT.login(two.port());
                for (int i = 0; i < ARTICLES; i++) {
                    PackagedApp writer = i % 2 == 0 ? one : two;
                    given().port(writer.port())
                            .header("Authorization", "Bearer " + (i % 2 == 0 ? token : tokenTwo))
                            .contentType(ContentType.JSON)
                            .body(Map.of("title", "خبر رقم " + i, "body", "<p>نص.</p>", "status", "published"))
                            .post("/api/v1/admin/articles")
                            .then()
                            .statusCode(201);
                }
                Instant deadline = Instant.now().plusSeconds(30);
                while (receiver.received().size() < ARTICLES && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                // Time for a duplicate to arrive, if any would.
                Thread.sleep(1500);

                assertEquals(ARTICLES, receiver.received().size());
                Set<String> ids = new HashSet<>();
                Set<String> slugs = new HashSet<>();
                for (Receiver.Received message : receiver.received()) {
                    assertTrue(Receiver.verify(secret, message));
                    ids.add(message.id());
                    slugs.add(JsonPath.from(message.body()).getString("data.slug"));
                }
                assertEquals(ARTICLES, ids.size(), "no message twice");
                assertEquals(ARTICLES, slugs.size(), "every article once");
            } finally {
                one.stop();
                two.stop();
            }
        }
    }

    private static PackagedApp instance(String url) throws Exception {
        return new PackagedApp(Files.createTempDirectory("akhbar-webhooks-it"))
                .env("QUARKUS_DATASOURCE_JDBC_URL", url)
                .env("QUARKUS_FLYWAY_SCHEMAS", SCHEMA)
                .env("AKHBAR_DEMO_ENABLED", "false")
                .env("AKHBAR_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true")
                .env("AKHBAR_WEBHOOKS_POLL", "100MS")
                .start();
    }
}
