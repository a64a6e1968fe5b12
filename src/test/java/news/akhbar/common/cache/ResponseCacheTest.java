package news.akhbar.common.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.Comments;
import news.akhbar.support.Statements;
import news.akhbar.support.TestAuth;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

@QuarkusTest
class ResponseCacheTest {

    @Inject
    TestData data;

    @Inject
    Statements statements;

    @Inject
    TestClock clock;

    @Inject
    InvalidationPoller poller;

    @Inject
    ResponseCache cache;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.category("أخر-الأخبار", null);
        data.tag("سوريا");
        data.article("خبر")
                .slug("news")
                .authors("rami-fakhori")
                .category("أخر-الأخبار")
                .tags("سوريا")
                .create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldServeARepeatedReadWithoutTheDatabase() {
        String first = given().get("/api/v1/articles/news")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        long repeated = statements.during(() ->
                given().get("/api/v1/articles/news").then().statusCode(200).body("slug", equalTo("news")));

        assertEquals(0, repeated, "a cached read takes no SQL statement");
        assertEquals(first, given().get("/api/v1/articles/news").asString());
    }

    @Test
    void shouldServeEveryPublicReadFromTheCacheTheSecondTime() {
        Comments.approved("news", "تعليق", "reader@example.com");
        for (String path : List.of(
                "/api/v1/articles?size=5",
                "/api/v1/articles/news",
                "/api/v1/articles/news/related",
                "/api/v1/articles/news/comments",
                "/api/v1/authors",
                "/api/v1/authors/rami-fakhori",
                "/api/v1/authors/rami-fakhori/articles",
                "/api/v1/categories",
                "/api/v1/categories/أخر-الأخبار",
                "/api/v1/tags",
                "/api/v1/tags/سوريا")) {
            given().get(path).then().statusCode(200);

            long again = statements.during(() -> given().get(path).then().statusCode(200));

            assertEquals(0, again, path + " is read again from the database");
        }
    }

    @Test
    void shouldAnswer304FromTheCacheWithoutRendering() {
        String etag = given().get("/api/v1/articles").header("ETag");

        long revalidation = statements.during(() -> given().header("If-None-Match", etag)
                .get("/api/v1/articles")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString()));

        assertEquals(0, revalidation);
    }

    @Test
    void shouldShowAnEditInTheArticleAndInTheListsAtOnce() {
        given().get("/api/v1/articles/news").then().body("title", equalTo("خبر"));
        given().get("/api/v1/articles").then().body("items.title", hasItem("خبر"));

        long id = given().spec(TestAuth.as("EDITOR"))
                .get("/api/v1/admin/articles")
                .jsonPath()
                .getLong("items[0].id");
        String version = given().spec(TestAuth.as("EDITOR"))
                .get("/api/v1/admin/articles/" + id)
                .header("ETag");
        given().spec(TestAuth.as("EDITOR"))
                .header("If-Match", version)
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "خبر عاجل"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        given().get("/api/v1/articles/news").then().body("title", equalTo("خبر عاجل"));
        given().get("/api/v1/articles").then().body("items.title", hasItem("خبر عاجل"));
    }

    @Test
    void shouldShowARenamedAuthorOnTheArticlesThatNameThem() {
        given().get("/api/v1/articles").then().body("items[0].authors[0].displayName", equalTo("رامي فاخوري"));
        Response author = given().spec(TestAuth.as("EDITOR")).get("/api/v1/admin/authors");
        long id = author.jsonPath().getLong("items[0].id");
        String version = given().spec(TestAuth.as("EDITOR"))
                .get("/api/v1/admin/authors/" + id)
                .header("ETag");
        given().spec(TestAuth.as("EDITOR"))
                .header("If-Match", version)
                .contentType("application/json")
                .body(Map.of("slug", "rami-fakhori", "displayName", "رامي الفاخوري", "email", "rami@example.com"))
                .put("/api/v1/admin/authors/" + id)
                .then()
                .statusCode(204);

        given().get("/api/v1/articles").then().body("items[0].authors[0].displayName", equalTo("رامي الفاخوري"));
        given().get("/api/v1/articles/news").then().body("authors[0].displayName", equalTo("رامي الفاخوري"));
    }

    @Test
    void shouldListAScheduledArticleOnceItsTimeHasCome() {
        OffsetDateTime inAnHour = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
        data.article("موعد")
                .slug("later")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(inAnHour)
                .create();
        given().get("/api/v1/articles").then().body("items.slug", equalTo(List.of("news")));

        clock.advance(Duration.ofHours(2));

        given().get("/api/v1/articles").then().body("items.slug", equalTo(List.of("later", "news")));
    }

    @Test
    void shouldShowAnApprovedCommentInTheThreadAndTheCount() {
        given().get("/api/v1/articles/news/comments").then().body("items", equalTo(List.of()));
        given().get("/api/v1/articles/news").then().body("commentCount", equalTo(0));

        Comments.approved("news", "تعليق من قارئ", "reader@example.com");

        given().get("/api/v1/articles/news/comments").then().body("items.body", equalTo(List.of("تعليق من قارئ")));
        given().get("/api/v1/articles/news").then().body("commentCount", equalTo(1));
        given().get("/api/v1/articles").then().body("items[0].commentCount", equalTo(1));
    }

    @Test
    void shouldShowALinkedArticleAsACardOnceItIsPublished() {
        data.article("مسودة").slug("linked").status(ArticleStatus.DRAFT).create();
        data.article("مقال")
                .slug("linking")
                .body("<p>اقرأ أيضاً: <a href=\"/articles/linked\">مسودة</a></p>")
                .create();
        given().get("/api/v1/articles/linking").then().body("body.blocks[0].type", equalTo("paragraph"));
        long id = given().spec(TestAuth.as("EDITOR"))
                .queryParam("status", "draft")
                .get("/api/v1/admin/articles")
                .jsonPath()
                .getLong("items[0].id");

        given().spec(TestAuth.as("EDITOR"))
                .post("/api/v1/admin/articles/" + id + "/publish")
                .then()
                .statusCode(200);

        given().get("/api/v1/articles/linking")
                .then()
                .body("body.blocks[0].type", equalTo("articleLink"))
                .body("body.blocks[0].article.slug", equalTo("linked"));
    }

    @Test
    void shouldEvictWhatAnotherInstanceChangedWhenItReadsTheInvalidations() {
        given().get("/api/v1/articles/news").then().body("title", equalTo("خبر"));
        // Another instance on the same database changes the title and announces it in the same transaction.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update article set title = 'خبر من نسخة أخرى' where slug = 'news'")
                    .executeUpdate();
            em.createNativeQuery("insert into cache_invalidation (cache_key, created_at) values (:key, :at)")
                    .setParameter("key", CacheKeys.article("news"))
                    .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .executeUpdate();
        });
        given().get("/api/v1/articles/news").then().body("title", equalTo("خبر"));

        Set<String> read = poll();

        assertTrue(read.contains(CacheKeys.article("news")), "read " + read);
        given().get("/api/v1/articles/news").then().body("title", equalTo("خبر من نسخة أخرى"));
        assertEquals(Set.of(), poll(), "an invalidation is applied once");
    }

    @Test
    void shouldNotKeepAResponseRenderedWhileSomethingWasEvicted() {
        long startedAt = cache.epoch();
        cache.evict(Set.of(CacheKeys.article("news")));

        cache.store("/api/v1/test", startedAt, new byte[] {1}, new byte[] {2}, "\"x\"", List.of(), Set.of("k"));

        assertNull(cache.lookup("/api/v1/test"));
    }

    @Test
    void shouldGiveTheGzipAndTheIdentityBodyTheirOwnEtag() {
        Response zipped = given().header("Accept-Encoding", "gzip").get("/api/v1/articles/news");
        // Without decoders REST Assured sends no Accept-Encoding: the identity body.
        Response plain = given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/api/v1/articles/news");

        zipped.then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"));
        plain.then().statusCode(200).header("Content-Encoding", nullValue());
        assertNotEquals(zipped.header("ETag"), plain.header("ETag"));
        assertEquals(zipped.asString(), plain.asString());
    }

    @Test
    void shouldNameWhatAResponseShowsInSurrogateKey() {
        String article = given().get("/api/v1/articles/news").header("Surrogate-Key");
        String list = given().get("/api/v1/articles").header("Surrogate-Key");

        assertEquals(
                Set.of(
                        CacheKeys.article("news"),
                        CacheKeys.author("rami-fakhori"),
                        CacheKeys.category("أخر-الأخبار"),
                        CacheKeys.tag("سوريا")),
                Set.of(article.split(" ")));
        assertTrue(Set.of(list.split(" ")).containsAll(Set.of(CacheKeys.ARTICLES, CacheKeys.article("news"))), list);
    }

    private Set<String> poll() {
        try {
            return poller.poll();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
