package news.akhbar.importer;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

@QuarkusTest
class ImportResourceTest {

    static final String IMPORT = "/api/v1/admin/import";
    static final String TAXONOMY = """
            {"type":"category","slug":"أخر-الأخبار","name":"أخر الأخبار"}
            {"type":"tag","slug":"سوريا","name":"سوريا"}
            {"type":"tag","name":"روسيا"}
            {"type":"author","slug":"rami-fakhori","displayName":"rami fakhori","bio":"كاتب صحفي"}
            """;

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    static String article(String externalId, String title) {
        return "{\"type\":\"article\",\"externalId\":\"" + externalId + "\",\"title\":\"" + title
                + "\",\"body\":\"<p>نص الخبر " + title + ".</p>\",\"authors\":[\"rami-fakhori\"],"
                + "\"category\":\"أخر-الأخبار\",\"tags\":[\"سوريا\"],\"status\":\"published\","
                + "\"publishedAt\":\"2025-01-12T09:30:00Z\"}\n";
    }

    static String comment(String externalId, String parent, String body, String status) {
        return "{\"type\":\"comment\",\"externalId\":\"" + externalId + "\",\"article\":\"wp-1\","
                + (parent == null ? "" : "\"parent\":\"" + parent + "\",")
                + "\"body\":\"" + body + "\",\"authorName\":\"أبو محمد\",\"authorEmail\":\"Reader@Example.com\","
                + "\"status\":\"" + status + "\",\"createdAt\":\"2025-01-12T1" + externalId.length()
                + ":00:00+03:00\"}\n";
    }

    static ValidatableResponse post(String ndjson) {
        return as("ADMIN")
                .contentType("application/x-ndjson")
                .body(ndjson)
                .post(IMPORT)
                .then();
    }

    @Test
    void shouldImportEveryKindAndPublishTheArticles() {
        post(TAXONOMY + article("wp-1", "خبر أول") + article("wp-2", "خبر ثان"))
                .statusCode(200)
                .body("items", equalTo(6))
                .body("kinds.kind", contains("author", "category", "tag", "article"))
                .body("kinds.find { it.kind == 'article' }.created", equalTo(2))
                .body("rejectedCount", equalTo(0));

        given().get("/api/v1/articles/{slug}", "خبر-أول")
                .then()
                .statusCode(200)
                .body("authors[0].slug", equalTo("rami-fakhori"))
                .body("category.slug", equalTo("أخر-الأخبار"))
                .body("tags.slug", contains("سوريا"));
        given().get("/api/v1/tags/{slug}/", "سوريا").then().statusCode(200).body("articleCount", equalTo(2));
    }

    @Test
    void shouldUpdateInsteadOfDuplicatingWhenImportedAgain() {
        post(TAXONOMY + article("wp-1", "خبر أول")).statusCode(200);

        post(TAXONOMY + article("wp-1", "خبر أول").replace("نص الخبر", "نص مصحح للخبر"))
                .statusCode(200)
                .body("kinds.find { it.kind == 'article' }.created", equalTo(0))
                .body("kinds.find { it.kind == 'article' }.updated", equalTo(1))
                .body("kinds.find { it.kind == 'author' }.updated", equalTo(1))
                .body("kinds.find { it.kind == 'tag' }.updated", equalTo(2))
                .body("rejectedCount", equalTo(0));

        given().get("/api/v1/articles")
                .then()
                .body("items", hasSize(1))
                .body("items[0].excerpt", containsString("نص مصحح للخبر"));
    }

    @Test
    void shouldReportEachRefusedLineAndStoreTheOthers() {
        String ndjson = TAXONOMY
                + article("wp-1", "خبر أول")
                + "{\"type\":\"article\",\"externalId\":\"wp-2\",\"title\":\" \",\"body\":\"<p>x</p>\"}\n"
                + "ليس JSON\n"
                + article("wp-3", "خبر ثالث").replace("rami-fakhori", "nobody")
                + "{\"type\":\"video\"}\n"
                + article("wp-4", "خبر رابع");

        post(ndjson)
                .statusCode(200)
                .body("rejectedCount", equalTo(4))
                .body("rejected.line", contains(6, 7, 8, 9))
                .body("rejected[0].reason", containsString("title"))
                .body("rejected[1].reason", equalTo("not valid JSON"))
                .body("rejected[2].reason", containsString("nobody"))
                .body("rejected[3].reason", containsString("unknown type 'video'"))
                .body("kinds.find { it.kind == 'article' }.created", equalTo(2));

        given().get("/api/v1/articles").then().body("items.slug", contains("خبر-رابع", "خبر-أول"));
        // The batch was replayed line by line: its articles' tag links must still know they are public.
        given().get("/api/v1/articles?tag=سوريا").then().body("items.slug", contains("خبر-رابع", "خبر-أول"));
    }

    @Test
    void shouldCommitInBatchesAndCountEveryLine() {
        String articles = IntStream.range(0, ImportBatches.BATCH + 10)
                .mapToObj(i -> article("bulk-" + i, "خبر رقم " + i))
                .collect(Collectors.joining());

        post(TAXONOMY + articles)
                .statusCode(200)
                .body("items", equalTo(ImportBatches.BATCH + 14))
                .body("kinds.find { it.kind == 'article' }.created", equalTo(ImportBatches.BATCH + 10));

        given().get("/api/v1/articles?size=1").then().body("page.totalItems", equalTo(ImportBatches.BATCH + 10));
    }

    @Test
    void shouldImportCommentsAsThreadsAndCountTheApprovedOnes() {
        post(TAXONOMY
                        + article("wp-1", "خبر أول")
                        + comment("c-1", null, "تقرير ممتاز", "approved")
                        + comment("c-22", "c-1", "أوافقك الرأي", "approved")
                        + comment("c-333", null, "تعليق ينتظر المراجعة", "pending"))
                .statusCode(200)
                .body("kinds.find { it.kind == 'comment' }.created", equalTo(3))
                .body("rejectedCount", equalTo(0));

        given().get("/api/v1/articles/{slug}/comments", "خبر-أول")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].body", equalTo("تقرير ممتاز"))
                .body("items[0].createdAt", equalTo("2025-01-12T10:00:00Z"))
                .body("items[0].replies.body", contains("أوافقك الرأي"))
                .body(not(containsString("example.com")));
        given().get("/api/v1/articles/{slug}", "خبر-أول").then().body("commentCount", equalTo(2));
    }

    @Test
    void shouldUpdateAnImportedCommentInsteadOfDuplicatingIt() {
        String first = TAXONOMY
                + article("wp-1", "خبر أول")
                + comment("c-1", null, "تقرير ممتاز", "approved")
                + comment("c-22", "c-1", "أوافقك الرأي", "approved");
        post(first).statusCode(200);

        post(comment("c-1", null, "تقرير ممتاز جداً", "spam"))
                .statusCode(200)
                .body("kinds.find { it.kind == 'comment' }.updated", equalTo(1));

        // The reply goes with the comment it answers.
        given().get("/api/v1/articles/{slug}/comments", "خبر-أول").then().body("items", hasSize(0));
        given().get("/api/v1/articles/{slug}", "خبر-أول").then().body("commentCount", equalTo(0));
        as("EDITOR")
                .get("/api/v1/admin/comments?status=spam")
                .then()
                .body("items.body", contains("تقرير ممتاز جداً"))
                .body("items[0].authorEmail", equalTo("reader@example.com"));
    }

    @Test
    void shouldNestAReplyTooDeepUnderItsDeepestAncestorThatTakesReplies() {
        StringBuilder ndjson = new StringBuilder(TAXONOMY + article("wp-1", "خبر أول"));
        String parent = null;
        for (int level = 1; level <= 7; level++) {
            ndjson.append(comment("c-" + level, parent, "المستوى " + level, "approved"));
            parent = "c-" + level;
        }

        post(ndjson.toString()).statusCode(200).body("rejectedCount", equalTo(0));

        given().get("/api/v1/articles/{slug}/comments", "خبر-أول")
                .then()
                .body(
                        "items[0].replies[0].replies[0].replies[0].replies.body",
                        contains("المستوى 5", "المستوى 6", "المستوى 7"));
        given().get("/api/v1/articles/{slug}", "خبر-أول").then().body("commentCount", equalTo(7));
    }

    @Test
    void shouldRefuseACommentOfAnUnknownArticleOrParent() {
        post(TAXONOMY
                        + article("wp-1", "خبر أول")
                        + comment("c-1", null, "تقرير ممتاز", "approved").replace("\"wp-1\"", "\"wp-404\"")
                        + comment("c-22", "c-404", "أوافقك الرأي", "approved")
                        + comment("c-333", null, "حالة غريبة", "published"))
                .statusCode(200)
                .body("rejected.line", contains(6, 7, 8))
                .body("rejected.kind", contains("comment", "comment", "comment"))
                .body("rejected[0].reason", containsString("wp-404"))
                .body("rejected[1].reason", containsString("c-404"))
                .body("rejected[2].reason", equalTo("field 'status' must be one of [pending, approved, spam, trash]"));

        given().get("/api/v1/articles/{slug}", "خبر-أول").then().body("commentCount", equalTo(0));
    }
}
