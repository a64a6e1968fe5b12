package news.akhbar.comment;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.Comments;
import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;

@QuarkusTest
class AdminCommentResourceTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.author("rami-fakhori", "rami fakhori");
        data.article("مقال رامي").slug("ramis").authors("rami-fakhori").create();
        data.article("مقال آخر").slug("other").create();
    }

    @Test
    void shouldListForModerationNewestFirstWithPrivateFieldsAndFilters() {
        long first = Comments.post("ramis", Comments.form("الأول عن الطاقة", "قارئ", "m1@example.com"))
                .jsonPath()
                .getLong("id");
        long second = Comments.post("other", Comments.form("الثاني", "قارئ", "m2@example.com"))
                .jsonPath()
                .getLong("id");

        as("MODERATOR")
                .get("/api/v1/admin/comments")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) second, (int) first))
                .body("items[1].authorEmail", equalTo("m1@example.com"))
                .body("items[1].article", equalTo("ramis"));
        as("MODERATOR")
                .queryParam("status", "pending")
                .queryParam("article", "ramis")
                .get("/api/v1/admin/comments")
                .then()
                .body("items.id", contains((int) first));
        as("MODERATOR")
                .queryParam("q", "الطاقة")
                .get("/api/v1/admin/comments")
                .then()
                .body("items.id", contains((int) first));
        as("MODERATOR")
                .queryParam("email", "M2@example.com")
                .get("/api/v1/admin/comments")
                .then()
                .body("items.id", contains((int) second));
    }

    @Test
    void shouldChangeManyStatusesAtOnce() {
        long a = Comments.post("ramis", Comments.form("أ", "قارئ", "b1@example.com"))
                .jsonPath()
                .getLong("id");
        long b = Comments.post("ramis", Comments.form("ب", "قارئ", "b2@example.com"))
                .jsonPath()
                .getLong("id");

        as("MODERATOR")
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(a, b), "status", "approved"))
                .post("/api/v1/admin/comments/bulk")
                .then()
                .statusCode(200)
                .body("updated", equalTo(2));
        given().get("/api/v1/articles/ramis").then().body("commentCount", equalTo(2));
    }

    @Test
    void shouldDeleteOnlyFromTheTrash() {
        long id = Comments.post("ramis", Comments.form("للحذف", "قارئ", "del@example.com"))
                .jsonPath()
                .getLong("id");
        String etag = as("MODERATOR").get("/api/v1/admin/comments/" + id).header("ETag");

        as("MODERATOR")
                .header("If-Match", etag)
                .delete("/api/v1/admin/comments/" + id)
                .then()
                .statusCode(409);
        String trashed =
                Comments.moderate(id, "trash").then().statusCode(200).extract().header("ETag");
        as("MODERATOR").delete("/api/v1/admin/comments/" + id).then().statusCode(428);
        as("MODERATOR")
                .header("If-Match", trashed)
                .delete("/api/v1/admin/comments/" + id)
                .then()
                .statusCode(204);
        as("MODERATOR").get("/api/v1/admin/comments/" + id).then().statusCode(404);
    }

    @Test
    void shouldLetAModeratorEditACommentButNotAnArticle() {
        long id = Comments.approved("ramis", "نص فيه خطأ", "edit@example.com");
        String etag = as("MODERATOR").get("/api/v1/admin/comments/" + id).header("ETag");
        as("MODERATOR")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("body", "نص مصحح"))
                .patch("/api/v1/admin/comments/" + id)
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/ramis/comments/{id}", id).then().body("body", equalTo("نص مصحح"));

        as("MODERATOR").get("/api/v1/admin/articles").then().statusCode(403);
    }

    @Test
    void shouldLetAnAuthorModerateOnlyTheCommentsOnTheirOwnArticles() {
        TestAuth.Account rami = TestAuth.account("AUTHOR", "rami-fakhori");
        long own = Comments.post("ramis", Comments.form("على مقال رامي", "قارئ", "own@example.com"))
                .jsonPath()
                .getLong("id");
        long others = Comments.post("other", Comments.form("على مقال آخر", "قارئ", "oth@example.com"))
                .jsonPath()
                .getLong("id");

        given().header("Authorization", rami.bearer())
                .get("/api/v1/admin/comments")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) own));
        given().header("Authorization", rami.bearer())
                .get("/api/v1/admin/comments/" + others)
                .then()
                .statusCode(403);
        String etag = given().header("Authorization", rami.bearer())
                .get("/api/v1/admin/comments/" + own)
                .header("ETag");
        given().header("Authorization", rami.bearer())
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "approved"))
                .patch("/api/v1/admin/comments/" + own)
                .then()
                .statusCode(200);
        given().header("Authorization", rami.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(others), "status", "spam"))
                .post("/api/v1/admin/comments/bulk")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldNotLoseAModerationToAConcurrentOne() {
        long id = Comments.post("ramis", Comments.form("نص", "قارئ", "cc@example.com"))
                .jsonPath()
                .getLong("id");
        String etag = as("MODERATOR").get("/api/v1/admin/comments/" + id).header("ETag");
        as("MODERATOR")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "approved"))
                .patch("/api/v1/admin/comments/" + id)
                .then()
                .statusCode(200);
        as("EDITOR")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "spam"))
                .patch("/api/v1/admin/comments/" + id)
                .then()
                .statusCode(412);
        as("MODERATOR").get("/api/v1/admin/comments/" + id).then().body("status", equalTo("approved"));
    }
}
