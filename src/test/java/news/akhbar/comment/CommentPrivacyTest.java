package news.akhbar.comment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.Comments;
import news.akhbar.support.SecretLeakCheck;
import news.akhbar.support.TestData;

/**
 * Commenter emails and client addresses never reach a public response. SecretLeakCheck watches every response of
 * the whole suite for every email and address any test sent; this test makes sure every public endpoint is among
 * them, with comments in place.
 */
@QuarkusTest
class CommentPrivacyTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.author("rami-fakhori", "rami fakhori");
        data.category("سياسة", null);
        data.tag("سوريا");
        data.article("مقال")
                .slug("article")
                .authors("rami-fakhori")
                .category("سياسة")
                .tags("سوريا")
                .create();
        data.article("مقال قريب").slug("near").category("سياسة").tags("سوريا").create();
    }

    @Test
    void shouldKeepEmailsAndAddressesOutOfEveryPublicResponse() {
        String email = "private-" + UUID.randomUUID() + "@reader.example";
        String address = Comments.newAddress();
        long root = Comments.post("article", Comments.form("تعليق عام", "قارئ", email), address)
                .jsonPath()
                .getLong("id");
        Comments.moderate(root, "approved").then().statusCode(200);
        Map<String, Object> reply = Comments.form("رد", "قارئ آخر", "second-" + email);
        reply.put("parentId", root);
        long replyId = Comments.post("article", reply, Comments.newAddress())
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        Comments.moderate(replyId, "approved").then().statusCode(200);

        for (String path : List.of(
                "/api/v1/articles",
                "/api/v1/articles/article",
                "/api/v1/articles/article/related",
                "/api/v1/articles/near/related",
                "/api/v1/articles/article/comments",
                "/api/v1/articles/article/comments/" + root,
                "/api/v1/authors",
                "/api/v1/authors/rami-fakhori",
                "/api/v1/authors/rami-fakhori/articles",
                "/api/v1/categories",
                "/api/v1/categories/سياسة",
                "/api/v1/tags",
                "/api/v1/tags/سوريا")) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains(email) || body.contains(address), path);
        }
    }

    @Test
    void shouldFailATestWhoseResponseLeaksPrivateData() {
        String canary = "canary-" + UUID.randomUUID() + "@reader.example";
        data.article("عنوان فيه " + canary).slug("leaky").create();
        SecretLeakCheck.commenterEmail(canary);

        AssertionError leak = assertThrows(AssertionError.class, () -> given().get("/api/v1/articles/leaky"));
        assertTrue(leak.getMessage().contains("private data"), leak.getMessage());
    }
}
