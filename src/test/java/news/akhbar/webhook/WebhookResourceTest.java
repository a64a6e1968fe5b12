package news.akhbar.webhook;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.common.events.EventOutbox;
import news.akhbar.support.Comments;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

/** Webhooks end to end: registered through the API, delivered to a receiver on loopback, checked as a partner would. */
@QuarkusTest
class WebhookResourceTest {

    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    EventOutbox outbox;

    private Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        data.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery.deleteAll();
            Webhook.deleteAll();
        });
        // Events of other tests' writes are not this test's business.
        dispatcher.runOnce();
        data.author("rami-fakhori", "رامي فاخوري");
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        clock.reset();
    }

    @Test
    void shouldDeliverASignedEventWhenAnArticleIsPublished() {
        String secret = register("article.published").getString("secret");

        data.article("قصة الهروب إلى موسكو")
                .slug("قصة-الهروب")
                .authors("rami-fakhori")
                .create();
        assertEquals(1, dispatcher.runOnce());

        Receiver.Received message = receiver.received().get(0);
        assertTrue(Receiver.verify(secret, message), "signature checks out");
        JsonPath body = JsonPath.from(message.body());
        assertEquals("article.published", body.getString("type"));
        assertEquals("قصة-الهروب", body.getString("data.slug"));
        assertEquals("قصة الهروب إلى موسكو", body.getString("data.article.title"));
        assertEquals("رامي فاخوري", body.getString("data.article.authors[0].displayName"));
        assertFalse(message.body().contains("@example.com"), "no e-mail leaves in an event");
        assertTrue(message.id().startsWith("msg_"));
    }

    @Test
    void shouldSendOnlyTheEventTypesAWebhookSubscribedTo() {
        register("article.unpublished");

        data.article("خبر").slug("news").create();
        dispatcher.runOnce();

        assertEquals(List.of(), receiver.received());
    }

    @Test
    void shouldRetryAFailingReceiverWithBackoffUntilItAnswers() {
        long id = register("article.published").getLong("id");
        receiver.answer(503);
        data.article("خبر").slug("news").create();

        assertEquals(1, dispatcher.runOnce());
        as("ADMIN")
                .get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("pending"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatus", equalTo(503))
                .body("items[0].lastError", equalTo("HTTP 503"));
        assertEquals(0, dispatcher.runOnce(), "not due before the backoff");

        clock.advance(Duration.ofSeconds(11));
        assertEquals(1, dispatcher.runOnce());

        assertEquals(2, receiver.received().size());
        assertEquals(receiver.received().get(0).id(), receiver.received().get(1).id(), "one message id for retries");
        as("ADMIN")
                .get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(2))
                .body("items[0].nextAttemptAt", nullValue());
    }

    @Test
    void shouldGiveUpAfterTheRetryWindowAndRedeliverByHand() {
        long id = register("article.published").getLong("id");
        receiver.answer(500, 500);
        data.article("خبر").slug("news").create();
        dispatcher.runOnce();

        clock.advance(Duration.ofHours(25));
        dispatcher.runOnce();
        JsonPath deliveries =
                as("ADMIN").get(WEBHOOKS + "/" + id + "/deliveries").jsonPath();
        assertEquals("failed", deliveries.getString("items[0].status"));

        long delivery = deliveries.getLong("items[0].id");
        as("ADMIN")
                .post(WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"));
        dispatcher.runOnce();
        assertEquals(3, receiver.received().size());
        as("ADMIN").get(WEBHOOKS + "/" + id + "/deliveries").then().body("items[0].status", equalTo("delivered"));
    }

    @Test
    void shouldNeverDeliverAnEventOfARolledBackChange() {
        register("article.published");

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.emit(EventOutbox.ARTICLE_PUBLISHED, Map.of("slug", "never"));
                throw new IllegalStateException("the write fails after announcing");
            });
        } catch (IllegalStateException expected) {
            // Rolled back.
        }
        dispatcher.runOnce();

        assertEquals(List.of(), receiver.received());
    }

    @Test
    void shouldAnnounceAScheduledArticleAtItsTime() {
        register("article.published");
        data.article("خبر مجدول")
                .slug("scheduled")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(OffsetDateTime.now(clock).plusHours(1).truncatedTo(ChronoUnit.SECONDS))
                .create();
        dispatcher.runOnce();
        assertEquals(List.of(), receiver.received());

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        dispatcher.runOnce();

        assertEquals(
                "scheduled", JsonPath.from(receiver.received().get(0).body()).getString("data.slug"));
    }

    @Test
    void shouldAnnounceUnpublishedAndDeletedArticlesBySlugOnly() {
        register("article.unpublished", "article.deleted");
        data.article("خبر").slug("news").create();
        long article = as("EDITOR").get("/api/v1/admin/articles").jsonPath().getLong("items[0].id");

        as("EDITOR")
                .post("/api/v1/admin/articles/" + article + "/unpublish")
                .then()
                .statusCode(200);
        String etag = as("EDITOR").get("/api/v1/admin/articles/" + article).header("ETag");
        as("EDITOR").header("If-Match", etag).delete("/api/v1/admin/articles/" + article);
        dispatcher.runOnce();

        assertEquals(1, receiver.received().size(), "a deleted draft was not public: no article.deleted");
        JsonPath body = JsonPath.from(receiver.received().get(0).body());
        assertEquals("article.unpublished", body.getString("type"));
        assertEquals("news", body.getString("data.slug"));
        assertNull(body.get("data.article"));
    }

    @Test
    void shouldAnnounceAnApprovedCommentWithoutTheCommentersEmail() {
        register("comment.approved");
        data.article("خبر").slug("news").create();
        long id = Comments.post("news", Comments.form("تعليق مفيد", "قارئ", "reader@example.com"))
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        dispatcher.runOnce();
        assertEquals(List.of(), receiver.received(), "a pending comment is not announced");

        Comments.moderate(id, "approved").then().statusCode(200);
        dispatcher.runOnce();

        Receiver.Received message = receiver.received().get(0);
        JsonPath body = JsonPath.from(message.body());
        assertEquals("comment.approved", body.getString("type"));
        assertEquals(id, body.getLong("data.id"));
        assertEquals("news", body.getString("data.articleSlug"));
        assertEquals("قارئ", body.getString("data.authorName"));
        assertFalse(message.body().contains("reader@example.com"));
    }

    @Test
    void shouldForgetFinishedDeliveriesAfterTheHistoryButKeepPendingOnes() {
        long id = register("article.published").getLong("id");
        data.article("خبر").slug("news").create();
        dispatcher.runOnce();
        receiver.answer(500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
        data.article("خبر آخر").slug("other").create();
        dispatcher.runOnce();

        clock.advance(Duration.ofDays(31));
        as("ADMIN").post(WEBHOOKS + "/" + id + "/deliveries/" + pendingId(id) + "/redeliver");
        dispatcher.runOnce();

        as("ADMIN")
                .get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("pending"));
    }

    private static long pendingId(long webhookId) {
        return as("ADMIN")
                .get(WEBHOOKS + "/" + webhookId + "/deliveries")
                .jsonPath()
                .getLong("items.find { it.status != 'delivered' }.id");
    }

    @Test
    void shouldPingAWebhook() {
        JsonPath hook = register("comment.approved");

        as("ADMIN")
                .post(WEBHOOKS + "/" + hook.getLong("id") + "/ping")
                .then()
                .statusCode(202)
                .body("eventType", equalTo("ping"))
                .body("status", equalTo("pending"));
        dispatcher.runOnce();

        assertEquals("ping", JsonPath.from(receiver.received().get(0).body()).getString("type"));
        assertTrue(Receiver.verify(hook.getString("secret"), receiver.received().get(0)));
    }

    @Test
    void shouldNotShowTheSecretAgain() {
        long id = register("article.published").getLong("id");

        as("ADMIN").get(WEBHOOKS + "/" + id).then().statusCode(200).body("secret", nullValue());
        as("ADMIN").get(WEBHOOKS).then().statusCode(200).body("items[0].secret", nullValue());
    }

    @Test
    void shouldRefuseAUrlThatIsNotHttp() {
        as("ADMIN")
                .contentType(ContentType.JSON)
                .body(Map.of("url", "file:///etc/passwd", "events", List.of("article.published")))
                .post(WEBHOOKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"));
    }

    @Test
    void shouldRefuseAnUnknownEventType() {
        as("ADMIN")
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", List.of("article.eaten")))
                .post(WEBHOOKS)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"));
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooks() {
        as("EDITOR").get(WEBHOOKS).then().statusCode(403);
        given().get(WEBHOOKS).then().statusCode(401);
    }

    private JsonPath register(String... events) {
        return as("ADMIN")
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", List.of(events)))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://api.taifpost.example/content" + WEBHOOKS + "/"))
                .extract()
                .jsonPath();
    }
}
