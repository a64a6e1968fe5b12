package news.akhbar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

@QuarkusTest
class DemoContentTest {

    static final String SEED_SLUG =
            "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو";
    static final String READ_ALSO_SLUG =
            "الرئيس-السوري-أحمد-الشرع-يتحدث-عن-شكل-النظام-القادم-في-سوريا-وموعد-الانتخابات-الرئاسية";

    @Inject
    TestData data;

    @Inject
    DemoContent demo;

    JsonNode seed;

    @BeforeEach
    void load() throws IOException {
        data.reset();
        assertEquals(SEED_SLUG, QuarkusTransaction.requiringNew().call(demo::load));
        try (InputStream in = DemoContentTest.class.getResourceAsStream("/demo/seed-article.reading.json")) {
            seed = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void shouldServeTheSeedArticleByteForByte() {
        byte[] raw = given().get("/api/v1/articles/{slug}", SEED_SLUG)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        JsonPath article = new JsonPath(new String(raw, StandardCharsets.UTF_8));
        JsonNode expected = seed.get("article");

        assertEquals(expected.get("title").asText(), article.getString("title"));
        assertEquals(expected.get("byline").asText(), article.getString("byline"));
        assertEquals("ar", article.getString("lang"));
        assertEquals("rtl", article.getString("dir"));
        assertEquals("أخر الأخبار", article.getString("category.name"));
        assertEquals(seed.at("/author_box/name").asText(), article.getString("authors[0].displayName"));

        List<String> paragraphs = new ArrayList<>();
        expected.get("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertEquals(12, paragraphs.size());
        List<Map<String, Object>> blocks = article.getList("body.blocks");
        assertEquals(
                paragraphs,
                blocks.stream()
                        .filter(b -> "paragraph".equals(b.get("type")))
                        .map(b -> (String) b.get("text"))
                        .toList());
        // The text is all twelve paragraphs, each one whole and in order.
        String text = article.getString("body.text");
        int from = 0;
        for (String paragraph : paragraphs) {
            int at = text.indexOf(paragraph, from);
            assertTrue(at >= from, "paragraph missing or out of order: " + paragraph);
            from = at + paragraph.length();
        }
        // Typographic quotes and Arabic punctuation arrive as UTF-8 characters, not escapes or entities.
        String body = new String(raw, StandardCharsets.UTF_8);
        assertTrue(body.contains("“إن بي سي نيوز”"), "typographic quotes must round-trip");
        assertTrue(article.getString("body.html").contains("“بشار الأسد”"));
        assertTrue(!body.contains("&#") && !body.contains("\\u"), "no escapes in the response");
    }

    @Test
    void shouldPlaceTheReadAlsoLinkWhereThePageHasIt() {
        JsonNode readAlso = seed.at("/article/read_also");
        JsonPath article = given().get("/api/v1/articles/{slug}", SEED_SLUG)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        int position = readAlso.get("position_after_paragraph").asInt();
        assertEquals(10, position);
        assertEquals("articleLink", article.getString("body.blocks[" + position + "].type"));
        assertEquals(readAlso.get("label").asText(), article.getString("body.blocks[" + position + "].label"));
        assertEquals(
                readAlso.get("linked_title").asText(),
                article.getString("body.blocks[" + position + "].article.title"));
        assertEquals(READ_ALSO_SLUG, article.getString("body.blocks[" + position + "].article.slug"));
        assertEquals("paragraph", article.getString("body.blocks[" + (position - 1) + "].type"));
        assertEquals(
                seed.at("/article/body_paragraphs/10").asText(),
                article.getString("body.blocks[" + (position + 1) + "].text"));

        given().get("/api/v1/articles/{slug}", READ_ALSO_SLUG)
                .then()
                .statusCode(200)
                .body("title", equalTo(readAlso.get("linked_title").asText()));
    }

    @Test
    void shouldServeTheAuthorBoxOfTheSeedPage() {
        given().get("/api/v1/authors/rami-fakhori")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("rami fakhori"))
                .body("bio", equalTo(seed.at("/author_box/bio").asText()))
                .body("dir", equalTo("rtl"))
                .body("articleCount", equalTo(8))
                .body("latestArticles", hasSize(5))
                .body("latestArticles[0].publishedAt", equalTo("2025-02-09T17:30:00Z"));
    }

    @Test
    void shouldLoadAtLeastTwentyFurtherArticlesAcrossCategoriesTagsAndAuthors() {
        given().queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("page.totalItems", greaterThanOrEqualTo(21))
                .body("items.category.slug.unique().size()", greaterThanOrEqualTo(5))
                .body("items.authors.flatten().slug.unique().size()", greaterThanOrEqualTo(4))
                .body("items.lang", hasItem("en"));
        given().get("/api/v1/tags").then().body("page.totalItems", greaterThanOrEqualTo(10));
        given().get("/api/v1/articles/{slug}/related", SEED_SLUG)
                .then()
                .statusCode(200)
                .body("items[0].reason", equalTo("pinned"))
                .body("items[0].article.slug", equalTo(READ_ALSO_SLUG))
                .body("items[1].reason", equalTo("sharedTags"));
    }

    @Test
    void shouldCiteTheSourceOfTheSeedArticle() {
        given().get("/api/v1/articles/{slug}", SEED_SLUG)
                .then()
                .statusCode(200)
                .body("sources[0].name", equalTo("NBC News"))
                .body("body.html", containsString("<p>"));
    }
}
