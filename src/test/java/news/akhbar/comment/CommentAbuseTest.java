package news.akhbar.comment;

import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.Comments;
import news.akhbar.support.TestData;

/** One test per abuse rule of the public comment form. */
@QuarkusTest
class CommentAbuseTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.article("مقال").slug("article").create();
    }

    @Test
    void shouldRefuseTheSameCommentTwiceFromOneEmail() {
        Comments.post("article", Comments.form("نفس النص", "قارئ", "dup@example.com"))
                .then()
                .statusCode(202);
        Comments.post("article", Comments.form("  نفس   النص ", "قارئ", "DUP@example.com"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/duplicate-comment"));
        Comments.post("article", Comments.form("نفس النص", "قارئ", "other@example.com"))
                .then()
                .statusCode(202);
    }

    @Test
    void shouldLimitPostsPerAddressWithRetryAfter() {
        String address = Comments.newAddress();
        for (int i = 0; i < 5; i++) {
            Comments.post("article", Comments.form("تعليق " + i, "قارئ", "r" + i + "@example.com"), address)
                    .then()
                    .statusCode(202);
        }
        Response limited = Comments.post("article", Comments.form("السادس", "قارئ", "r6@example.com"), address);
        limited.then().statusCode(429).body("type", equalTo("https://akhbar.dev/problems/too-many-requests"));
        assertThat(Integer.parseInt(limited.header("Retry-After")), greaterThan(0));
        Comments.post("article", Comments.form("من عنوان آخر", "قارئ", "r7@example.com"))
                .then()
                .statusCode(202);
    }

    @Test
    void shouldLimitPostsPerEmailAcrossAddresses() {
        for (int i = 0; i < 5; i++) {
            Comments.post("article", Comments.form("تعليق " + i, "قارئ", "busy@example.com"))
                    .then()
                    .statusCode(202);
        }
        Comments.post("article", Comments.form("السادس", "قارئ", "busy@example.com"))
                .then()
                .statusCode(429)
                .header("Retry-After", Matchers.notNullValue());
    }

    @Test
    void shouldAnswerARetryWithTheSameKeyWithTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String address = Comments.newAddress();
        Map<String, Object> form = Comments.form("تعليق مرة واحدة", "قارئ", "retry@example.com");
        Response first = Comments.from(address)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/articles/article/comments");
        Response retry = Comments.from(address)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/articles/article/comments");

        first.then().statusCode(202);
        retry.then().statusCode(202);
        assertEquals(first.jsonPath().getLong("id"), retry.jsonPath().getLong("id"));
        as("MODERATOR")
                .queryParam("email", "retry@example.com")
                .get("/api/v1/admin/comments")
                .then()
                .body("page.totalItems", equalTo(1));

        form.put("body", "نص آخر بالمفتاح نفسه");
        Comments.from(address)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/articles/article/comments")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://akhbar.dev/problems/idempotency-key-reused"));
    }

    @Test
    void shouldRefuseCommentsOnAClosedArticle() {
        data.article("مغلق").slug("closed").create();
        long id = as("EDITOR")
                .queryParam("q", "مغلق")
                .get("/api/v1/admin/articles")
                .jsonPath()
                .getLong("items[0].id");
        String etag = as("EDITOR").get("/api/v1/admin/articles/" + id).header("ETag");
        as("EDITOR")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("commentsOpen", false))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        Comments.post("closed", Comments.form("تعليق", "قارئ", "c@example.com"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/comments-closed"));
    }

    @Test
    void shouldHoldACommentWithTooManyLinksEvenFromATrustedReader() {
        Comments.approved("article", "تعليق عادي", "trusted@example.com");
        Comments.post("article", Comments.form("رابط واحد https://a.example", "قارئ", "trusted@example.com"))
                .then()
                .statusCode(201);
        Comments.post(
                        "article",
                        Comments.form(
                                "https://a.example https://b.example www.c.example", "قارئ", "trusted@example.com"))
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"));
    }
}
