package news.akhbar.webhook;

import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With the production default, a webhook on loopback is registered but never reached. */
@QuarkusTest
@TestProfile(WebhookSsrfTest.ProductionAddresses.class)
class WebhookSsrfTest {

    public static class ProductionAddresses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("akhbar.webhooks.allow-private-addresses", "false");
        }
    }

    @Inject
    WebhookDispatcher dispatcher;

    @Test
    void shouldRefuseToDeliverToALoopbackAddress() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long id = as("ADMIN")
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("article.published")))
                    .post("/api/v1/admin/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            as("ADMIN").post("/api/v1/admin/webhooks/" + id + "/ping").then().statusCode(202);

            dispatcher.runOnce();

            assertEquals(List.of(), receiver.received());
            as("ADMIN")
                    .get("/api/v1/admin/webhooks/" + id + "/deliveries")
                    .then()
                    .body("items[0].status", equalTo("pending"))
                    .body("items[0].lastError", containsString("internal address 127.0.0.1"));
        }
    }
}
