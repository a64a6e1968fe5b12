package news.akhbar.comment;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.Comments;
import news.akhbar.support.TestData;

@QuarkusTest
class CommentResourceTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.article("مقال للتعليق").slug("article").create();
    }

    @Test
    void shouldHoldANewCommentThenShowItOnceApproved() {
        Response posted =
                Comments.post("article", Comments.form("تقرير ممتاز، شكراً لكم.", "أبو محمد", "reader1@example.com"));
        posted.then().statusCode(202).body("status", equalTo("pending"));
        long id = posted.jsonPath().getLong("id");

        given().get("/api/v1/articles/article/comments").then().statusCode(200).body("items", empty());
        given().get("/api/v1/articles/article").then().body("commentCount", equalTo(0));

        Comments.moderate(id, "approved").then().statusCode(200).body("status", equalTo("approved"));

        given().get("/api/v1/articles/article/comments")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].body", equalTo("تقرير ممتاز، شكراً لكم."))
                .body("items[0].authorName", equalTo("أبو محمد"))
                .body("items[0].staff", equalTo(false))
                .body("items[0].lang", equalTo("ar"))
                .body("items[0].dir", equalTo("rtl"))
                .body("items[0].parentId", nullValue());
        given().get("/api/v1/articles/article").then().body("commentCount", equalTo(1));
        given().get("/api/v1/articles").then().body("items[0].commentCount", equalTo(1));
    }

    @Test
    void shouldApproveAtOnceAReaderWithAnApprovedComment() {
        Comments.approved("article", "أول تعليق لي", "known@example.com");

        Response second = Comments.post("article", Comments.form("تعليق ثان", "قارئ", "Known@Example.com"));
        second.then()
                .statusCode(201)
                .body("body", equalTo("تعليق ثان"))
                .header("Location", containsString("/api/v1/articles/article/comments/"));
        given().get(second.header("Location").replace("https://api.taifpost.example/content", ""))
                .then()
                .statusCode(200)
                .body("body", equalTo("تعليق ثان"));
    }

    @Test
    void shouldNestRepliesInOrderUpToTheDepthLimit() {
        long root = Comments.approved("article", "المستوى الأول", "level1@example.com");
        long parent = root;
        for (int level = 2; level <= 5; level++) {
            Map<String, Object> reply = Comments.form("المستوى " + level, "قارئ", "level" + level + "@example.com");
            reply.put("parentId", parent);
            parent = Comments.post("article", reply)
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            Comments.moderate(parent, "approved").then().statusCode(200);
        }
        Map<String, Object> tooDeep = Comments.form("المستوى السادس", "قارئ", "level6@example.com");
        tooDeep.put("parentId", parent);
        Comments.post("article", tooDeep).then().statusCode(400).body("errors[0].name", equalTo("parentId"));

        Map<String, Object> sibling = Comments.form("رد ثان على الأول", "قارئ", "level1@example.com");
        sibling.put("parentId", root);
        Comments.post("article", sibling).then().statusCode(201);

        given().get("/api/v1/articles/article/comments")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].replies.body", contains("المستوى 2", "رد ثان على الأول"))
                .body("items[0].replies[0].replies[0].replies[0].replies[0].body", equalTo("المستوى 5"))
                .body("items[0].replies[0].parentId", equalTo((int) root));
        given().get("/api/v1/articles/article").then().body("commentCount", equalTo(6));
    }

    @Test
    void shouldRefuseAReplyToACommentThatIsNotPublic() {
        long pending = Comments.post("article", Comments.form("ينتظر", "قارئ", "p@example.com"))
                .jsonPath()
                .getLong("id");
        Map<String, Object> reply = Comments.form("رد", "قارئ", "q@example.com");
        reply.put("parentId", pending);
        Comments.post("article", reply).then().statusCode(400).body("errors[0].name", equalTo("parentId"));
    }

    @Test
    void shouldNeverShowSpamOrTrashAndHideRepliesUnderThem() {
        long root = Comments.approved("article", "تعليق", "s@example.com");
        Map<String, Object> reply = Comments.form("رد", "قارئ", "s@example.com");
        reply.put("parentId", root);
        Comments.post("article", reply).then().statusCode(201);
        given().get("/api/v1/articles/article").then().body("commentCount", equalTo(2));

        Comments.moderate(root, "spam").then().statusCode(200);
        given().get("/api/v1/articles/article/comments").then().body("items", empty());
        given().get("/api/v1/articles/article").then().body("commentCount", equalTo(0));

        Comments.moderate(root, "trash").then().statusCode(200);
        given().get("/api/v1/articles/article/comments").then().body("items", empty());
        given().get("/api/v1/articles/article/comments/{id}", root).then().statusCode(404);

        Comments.moderate(root, "approved").then().statusCode(200);
        given().get("/api/v1/articles/article").then().body("commentCount", equalTo(2));
    }

    @Test
    void shouldPageTopLevelCommentsOldestOrNewestFirst() {
        long first = Comments.approved("article", "الأول", "p1@example.com");
        long second = Comments.approved("article", "الثاني", "p2@example.com");
        long third = Comments.approved("article", "الثالث", "p3@example.com");

        given().get("/api/v1/articles/article/comments")
                .then()
                .body("items.id", contains((int) first, (int) second, (int) third));
        given().queryParam("sort", "-createdAt")
                .queryParam("size", 2)
                .get("/api/v1/articles/article/comments")
                .then()
                .body("items.id", contains((int) third, (int) second))
                .header("X-Total-Count", "3");
        given().queryParam("sort", "rating")
                .get("/api/v1/articles/article/comments")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldShowTypedHtmlAsInertText() {
        String typed = "<script>alert('x')</script> <b>عريض</b> <img src=x onerror=alert(1)>";
        long id = Comments.approved("article", typed, "html@example.com");

        given().get("/api/v1/articles/article/comments/{id}", id)
                .then()
                .statusCode(200)
                .body("body", equalTo(typed))
                .body(
                        "bodyHtml",
                        equalTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;عريض&lt;/b&gt; "
                                + "&lt;img src=x onerror=alert(1)&gt;</p>"))
                .body("bodyHtml", not(containsString("<script")));
    }

    @Test
    void shouldKeepParagraphsAndLineBreaksInTheHtml() {
        long id = Comments.approved("article", "سطر أول\nسطر ثان\n\nفقرة ثانية", "lines@example.com");
        given().get("/api/v1/articles/article/comments/{id}", id)
                .then()
                .body("bodyHtml", equalTo("<p>سطر أول<br>سطر ثان</p><p>فقرة ثانية</p>"));
    }

    @Test
    void shouldNameEachInvalidField() {
        Map<String, Object> form = Comments.form("   ", "", "not-an-email");
        form.put("authorUrl", "javascript:alert(1)");
        Comments.post("article", form)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"))
                .body("errors.name", contains("authorEmail", "authorName", "body"));
        Comments.post("article", Comments.form("ا".repeat(5001), "قارئ", "long@example.com"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("body"));
        Map<String, Object> badUrl = Comments.form("نص", "قارئ", "url@example.com");
        badUrl.put("authorUrl", "javascript:alert(1)");
        Comments.post("article", badUrl).then().statusCode(400).body("errors[0].name", equalTo("authorUrl"));
    }

    @Test
    void shouldAnswer404ForAnArticleThatIsNotPublic() {
        data.article("مسودة")
                .slug("draft")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();
        Comments.post("draft", Comments.form("تعليق", "قارئ", "d@example.com"))
                .then()
                .statusCode(404);
        given().get("/api/v1/articles/draft/comments").then().statusCode(404);
        Comments.post("missing", Comments.form("تعليق", "قارئ", "d@example.com"))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldStoreSpamFromTheHoneypotWhileAnsweringLikeAnyPendingComment() {
        Map<String, Object> bot = Comments.form("اشترِ الآن", "bot", "bot@example.com");
        bot.put("fax", "0123456789");
        Response response = Comments.post("article", bot);
        response.then().statusCode(202).body("status", equalTo("pending"));

        as("MODERATOR")
                .get("/api/v1/admin/comments/" + response.jsonPath().getLong("id"))
                .then()
                .body("status", equalTo("spam"));
    }

    @Test
    void shouldTakeTheWebsiteFieldOfAFormPortedFromWordPressAsTheReadersSite() {
        Map<String, Object> reader = Comments.form("تقرير ممتاز", "سامر", "samer@example.com");
        reader.put("website", "https://samer.example");
        Response response = Comments.post("article", reader);
        response.then().statusCode(202);

        as("MODERATOR")
                .get("/api/v1/admin/comments/" + response.jsonPath().getLong("id"))
                .then()
                .body("status", equalTo("pending"))
                .body("authorUrl", equalTo("https://samer.example"));
    }

    @Test
    void shouldLetStaffReplyApprovedAndMarked() {
        long id = Comments.approved("article", "سؤال للمحرر", "ask@example.com");
        as("EDITOR")
                .contentType("application/json")
                .body(Map.of("body", "شكراً على سؤالك."))
                .post("/api/v1/admin/comments/" + id + "/replies")
                .then()
                .statusCode(201)
                .body("status", equalTo("approved"))
                .body("staff.displayName", equalTo("EDITOR test"));

        given().get("/api/v1/articles/article/comments")
                .then()
                .body("items[0].replies[0].staff", equalTo(true))
                .body("items[0].replies[0].authorName", equalTo("EDITOR test"));
    }
}
