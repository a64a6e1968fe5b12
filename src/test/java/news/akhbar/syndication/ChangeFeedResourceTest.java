package news.akhbar.syndication;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

/** An app that replays the change feed holds exactly what the public API shows, whatever the newsroom did. */
@QuarkusTest
class ChangeFeedResourceTest {

    private static final String CHANGES = "/api/v1/changes";
    private static final String ADMIN = "/api/v1/admin/articles";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    /** What an app holds: kind and slug to the item as the feed gave it. */
    private final Map<String, Map<String, Object>> replica = new HashMap<>();

    private String cursor = "0";

    @BeforeEach
    void setUp() {
        clock.reset();
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.category("سياسة", null);
        data.tag("سوريا");
        data.article("قصة الهروب إلى موسكو")
                .slug("قصة-الهروب")
                .authors("rami-fakhori")
                .category("سياسة")
                .tags("سوريا")
                .create();
        data.article("مسودة سرية")
                .slug("secret-draft")
                .status(ArticleStatus.DRAFT)
                .create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldStartWithEverythingPublicAndNoDraft() {
        catchUp();

        assertEquals("قصة الهروب إلى موسكو", replica.get("article/قصة-الهروب").get("title"));
        assertEquals("رامي فاخوري", replica.get("author/rami-fakhori").get("displayName"));
        assertEquals("سياسة", replica.get("category/سياسة").get("name"));
        assertEquals("سوريا", replica.get("tag/سوريا").get("name"));
        assertFalse(given().get(CHANGES).asString().contains("secret-draft"), "a draft's slug is never named");
    }

    @Test
    void shouldAnswerTheSameCursorWhenNothingChanged() {
        String next = given().get(CHANGES).then().statusCode(200).extract().path("nextCursor");

        given().queryParam("since", next)
                .get(CHANGES)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .body("items.size()", equalTo(0))
                .body("nextCursor", equalTo(next))
                .body("more", equalTo(false));
    }

    @Test
    void shouldRemoveAnArticleThatStopsBeingPublic() {
        catchUp();
        long id = adminId("قصة-الهروب");

        as("EDITOR").post(ADMIN + "/" + id + "/unpublish").then().statusCode(200);

        List<Map<String, Object>> items = page(cursor).getList("items");
        assertEquals(1, items.size());
        assertEquals("article", items.get(0).get("kind"));
        assertEquals("قصة-الهروب", items.get(0).get("slug"));
        assertEquals("remove", items.get(0).get("action"));
    }

    @Test
    void shouldRemoveTheOldSlugAndAddTheNewOneOfARenamedArticle() {
        catchUp();
        long id = adminId("قصة-الهروب");
        String etag = as("EDITOR").get(ADMIN + "/" + id).header("ETag");

        as("EDITOR")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("slug", "الهروب-إلى-موسكو"))
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(200);

        JsonPath page = page(cursor);
        assertEquals(List.of("قصة-الهروب", "الهروب-إلى-موسكو"), page.getList("items.slug"));
        assertEquals(List.of("remove", "upsert"), page.getList("items.action"));
    }

    @Test
    void shouldAnnounceAScheduledArticleWhenItsTimeComes() {
        OffsetDateTime inAnHour = OffsetDateTime.now(clock).plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        data.article("خبر مجدول")
                .slug("scheduled")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(inAnHour)
                .create();
        catchUp();
        assertFalse(replica.containsKey("article/scheduled"), "not before its time");

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        JsonPath page = page(cursor);
        assertEquals(List.of("scheduled"), page.getList("items.slug"));
        assertEquals(List.of("upsert"), page.getList("items.action"));
    }

    @Test
    void shouldReturn400ForACursorItDidNotGive() {
        given().queryParam("since", "abc")
                .get(CHANGES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"));
    }

    @Test
    void shouldEndWithThePublicStateAfterARandomSequenceOfEdits() {
        Random random = new Random(20261202);
        List<Long> ids = new ArrayList<>(List.of(adminId("قصة-الهروب"), adminId("secret-draft")));
        int created = 0;
        for (int step = 0; step < 60; step++) {
            if (random.nextInt(5) == 0) {
                catchUp();
            }
            int action = random.nextInt(9);
            if (action == 0 || ids.isEmpty()) {
                created++;
                ids.add(create("خبر رقم " + created, random.nextBoolean()));
                continue;
            }
            long id = ids.get(random.nextInt(ids.size()));
            switch (action) {
                case 1 -> as("EDITOR").post(ADMIN + "/" + id + "/publish");
                case 2 -> as("EDITOR").post(ADMIN + "/" + id + "/unpublish");
                case 3 -> as("EDITOR").post(ADMIN + "/" + id + "/archive");
                case 4 ->
                    as("EDITOR")
                            .contentType(ContentType.JSON)
                            .body(Map.of(
                                    "publishedAt",
                                    OffsetDateTime.now(clock)
                                            .plusMinutes(30 + random.nextInt(90))
                                            .truncatedTo(ChronoUnit.SECONDS)
                                            .toString()))
                            .post(ADMIN + "/" + id + "/publish");
                case 5 -> patch(id, Map.of("slug", "slug-" + step));
                case 6 -> patch(id, Map.of("title", "عنوان معدل " + step));
                case 7 -> {
                    String etag = as("EDITOR").get(ADMIN + "/" + id).header("ETag");
                    as("EDITOR").header("If-Match", etag).delete(ADMIN + "/" + id);
                    ids.remove(id);
                }
                default -> clock.advance(Duration.ofMinutes(45));
            }
        }
        renameAuthor("رامي الفاخوري");
        clock.advance(Duration.ofHours(3));
        catchUp();

        assertEquals(publicState(), replicaState());
    }

    private void catchUp() {
        JsonPath page;
        do {
            page = page(cursor);
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                String key = item.get("kind") + "/" + item.get("slug");
                if ("upsert".equals(item.get("action"))) {
                    Object shown = item.get(item.get("kind").toString());
                    assertNotNull(shown, key);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> value = (Map<String, Object>) shown;
                    replica.put(key, value);
                } else {
                    replica.remove(key);
                }
            }
            cursor = page.getString("nextCursor");
        } while (page.getBoolean("more"));
    }

    private static JsonPath page(String since) {
        return given().queryParam("since", since)
                .queryParam("limit", 7)
                .get(CHANGES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private Map<String, Object> replicaState() {
        Map<String, Object> state = new HashMap<>();
        replica.forEach((key, value) -> {
            String kind = key.substring(0, key.indexOf('/'));
            state.put(
                    key,
                    switch (kind) {
                        case "article" -> value;
                        case "author" -> value.get("displayName");
                        default -> value.get("name");
                    });
        });
        return state;
    }

    private static Map<String, Object> publicState() {
        Map<String, Object> state = new HashMap<>();
        JsonPath articles =
                given().queryParam("size", 100).get("/api/v1/articles").jsonPath();
        for (Map<String, Object> article : articles.<Map<String, Object>>getList("items")) {
            state.put("article/" + article.get("slug"), article);
        }
        given().queryParam("size", 100)
                .get("/api/v1/authors")
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .forEach(author -> state.put("author/" + author.get("slug"), author.get("displayName")));
        given().queryParam("size", 100)
                .get("/api/v1/categories")
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .forEach(category -> state.put("category/" + category.get("slug"), category.get("name")));
        given().queryParam("size", 100)
                .get("/api/v1/tags")
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .forEach(tag -> state.put("tag/" + tag.get("slug"), tag.get("name")));
        return state;
    }

    private static long create(String title, boolean publish) {
        long id = as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        title,
                        "body",
                        "<p>نص الخبر.</p>",
                        "authors",
                        List.of("rami-fakhori"),
                        "category",
                        "سياسة",
                        "tags",
                        List.of("سوريا")))
                .post(ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        if (publish) {
            as("EDITOR").post(ADMIN + "/" + id + "/publish").then().statusCode(200);
        }
        return id;
    }

    private static void patch(long id, Map<String, Object> change) {
        String etag = as("EDITOR").get(ADMIN + "/" + id).header("ETag");
        as("EDITOR")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(change)
                .patch(ADMIN + "/" + id);
    }

    private static void renameAuthor(String displayName) {
        long id = as("EDITOR").get("/api/v1/admin/authors").jsonPath().getLong("items[0].id");
        String version = as("EDITOR").get("/api/v1/admin/authors/" + id).header("ETag");
        as("EDITOR")
                .header("If-Match", version)
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "rami-fakhori", "displayName", displayName, "email", "rami@example.com"))
                .put("/api/v1/admin/authors/" + id)
                .then()
                .statusCode(204);
    }

    private static long adminId(String slug) {
        return as("EDITOR")
                .queryParam("size", 100)
                .get(ADMIN)
                .jsonPath()
                .getLong("items.find { it.slug == '" + slug + "' }.id");
    }
}
