package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.Statements;
import news.akhbar.support.TestData;

@QuarkusTest
class ArticleResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestData data;

    @Inject
    Statements statements;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void shouldListPublishedArticlesNewestFirst() {
        data.article("الأقدم")
                .slug("old")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("الأحدث")
                .slug("new")
                .publishedAt(TestData.daysAfterBase(3))
                .create();
        data.article("الأوسط")
                .slug("middle")
                .publishedAt(TestData.daysAfterBase(2))
                .create();

        given().get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains("new", "middle", "old"))
                .body("items[0].title", equalTo("الأحدث"))
                .body("items[0].body", nullValue())
                .body("page.totalItems", equalTo(3))
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(20));
    }

    @Test
    void shouldGiveEachArticleItsPublicUrlWithTheSlugPercentEncoded() {
        data.article("قصة الهروب").slug("قصة-الهروب").create();
        String url = "https://taifpost.example/articles/%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D9%87%D8%B1%D9%88%D8%A8";

        given().get("/api/v1/articles").then().statusCode(200).body("items[0].url", equalTo(url));
        given().get("/api/v1/articles/قصة-الهروب").then().statusCode(200).body("url", equalTo(url));
    }

    @Test
    void shouldRefuseToTakeAQueryForAFilterOfTheList() {
        data.article("خبر").slug("news").create();

        given().queryParam("q", "خبر")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                .body("errors[0].name", equalTo("q"))
                .body("detail", containsString("/api/v1/search"));
    }

    @Test
    void shouldReturnEmptyListWith200WhenNothingIsPublished() {
        data.article("مسودة").status(ArticleStatus.DRAFT).create();

        given().get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0")
                .body("items", empty())
                .body("page.totalItems", equalTo(0))
                .body("page.totalPages", equalTo(0));
    }

    @Test
    void shouldHideDraftScheduledArchivedAndFutureArticlesFromTheList() {
        data.article("منشور").slug("published").create();
        data.article("مسودة")
                .slug("draft")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();
        data.article("مجدول")
                .slug("scheduled")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(TestData.now().plusDays(1))
                .create();
        data.article("مؤرشف").slug("archived").status(ArticleStatus.ARCHIVED).create();
        data.article("في المستقبل")
                .slug("future")
                .publishedAt(TestData.now().plusHours(1))
                .create();

        given().get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains("published"))
                .header("X-Total-Count", "1");
    }

    @Test
    void shouldAnswerHiddenArticlesExactlyLikeUnknownOnes() {
        data.article("مسودة")
                .slug("draft")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();
        data.article("مجدول")
                .slug("scheduled")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(TestData.now().plusDays(1))
                .create();
        data.article("مؤرشف").slug("archived").status(ArticleStatus.ARCHIVED).create();
        data.article("في المستقبل")
                .slug("future")
                .publishedAt(TestData.now().plusHours(1))
                .create();

        String unknown = problemWithoutInstance("/api/v1/articles/{slug}", "no-such-article");
        for (String slug : List.of("draft", "scheduled", "archived", "future")) {
            assertEquals(
                    unknown.replace("no-such-article", slug), problemWithoutInstance("/api/v1/articles/{slug}", slug));
            given().get("/api/v1/articles/{slug}/related", slug).then().statusCode(404);
        }
    }

    private String problemWithoutInstance(String path, String slug) {
        Response response = given().get(path, slug);
        response.then().statusCode(404).contentType(PROBLEM);
        return response.jsonPath().getString("type") + "|" + response.jsonPath().getString("title") + "|"
                + response.jsonPath().getString("detail");
    }

    @Test
    void shouldReturn404ProblemForUnknownSlug() {
        given().get("/api/v1/articles/{slug}", "لا-يوجد")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://akhbar.dev/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("لا-يوجد"))
                .body("instance", equalTo("/api/v1/articles/" + encode("لا-يوجد")));
    }

    @Test
    void shouldFindArticleByPercentEncodedArabicSlug() {
        String slug = data.article("الليرة السورية تسجل تحسناً أمام الدولار").create();
        // Tashkeel (here the tanween of "تحسناً") only decorates a word; the slug keeps the letters.
        assertEquals("الليرة-السورية-تسجل-تحسنا-أمام-الدولار", slug);

        given().urlEncodingEnabled(false)
                .get("/api/v1/articles/" + encode(slug))
                .then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("title", equalTo("الليرة السورية تسجل تحسناً أمام الدولار"));
    }

    @Test
    void shouldSendArabicAsUtf8NotAsEscapes() {
        data.article("مهرجان للسينما في دمشق").slug("festival").create();

        String raw = new String(
                given().get("/api/v1/articles/festival")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("application/json"))
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"title\":\"مهرجان للسينما في دمشق\""), raw);
        assertTrue(!raw.contains("\\u0"), raw);
    }

    @Test
    void shouldDeriveDirectionFromLanguage() {
        data.article("خبر عربي").slug("arabic").create();
        data.article("Damascus reopens its markets").slug("english").lang("en").create();
        data.article("خبر مصري").slug("egyptian").lang("ar-EG").create();

        given().get("/api/v1/articles/arabic")
                .then()
                .body("lang", equalTo("ar"))
                .body("dir", equalTo("rtl"));
        given().get("/api/v1/articles/english")
                .then()
                .body("lang", equalTo("en"))
                .body("dir", equalTo("ltr"));
        given().get("/api/v1/articles/egyptian")
                .then()
                .body("lang", equalTo("ar-EG"))
                .body("dir", equalTo("rtl"));
        given().get("/api/v1/articles")
                .then()
                .body("items.find { it.slug == 'english' }.dir", equalTo("ltr"))
                .body("items.find { it.slug == 'arabic' }.dir", equalTo("rtl"));
    }

    @Test
    void shouldFilterByCategoryIncludingSubCategories() {
        data.category("سياسة", null);
        data.category("الشأن-السوري", "سياسة");
        data.category("رياضة", null);
        data.article("سياسة عامة")
                .slug("politics")
                .category("سياسة")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("شأن سوري")
                .slug("syria")
                .category("الشأن-السوري")
                .publishedAt(TestData.daysAfterBase(2))
                .create();
        data.article("كرة قدم").slug("football").category("رياضة").create();

        given().queryParam("category", "سياسة")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains("syria", "politics"));
        given().queryParam("category", "الشأن-السوري")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("syria"))
                .body("items[0].category.slug", equalTo("الشأن-السوري"));
        given().queryParam("category", "غير-موجود")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldRequireEveryRepeatedTag() {
        data.tag("سوريا");
        data.tag("روسيا");
        data.article("سوريا وروسيا")
                .slug("both")
                .tags("سوريا", "روسيا")
                .publishedAt(TestData.daysAfterBase(2))
                .create();
        data.article("سوريا فقط")
                .slug("syria-only")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("روسيا فقط").slug("russia-only").tags("روسيا").create();

        given().queryParam("tag", "سوريا")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("both", "syria-only"));
        given().queryParam("tag", "سوريا", "روسيا")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("both"));
    }

    @Test
    void shouldFilterByAuthorLanguageAndDates() {
        data.author("rami-fakhori", "rami fakhori");
        data.author("sarah", "Sarah");
        data.article("قديم لرامي")
                .slug("rami-old")
                .authors("rami-fakhori")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("جديد لرامي")
                .slug("rami-new")
                .authors("rami-fakhori")
                .publishedAt(TestData.daysAfterBase(10))
                .create();
        data.article("English by Sarah")
                .slug("sarah-en")
                .authors("sarah")
                .lang("en")
                .publishedAt(TestData.daysAfterBase(5))
                .create();

        given().queryParam("author", "rami-fakhori")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("rami-new", "rami-old"));
        given().queryParam("lang", "en").get("/api/v1/articles").then().body("items.slug", contains("sarah-en"));
        given().queryParam("from", "2025-01-05")
                .queryParam("to", "2025-01-06")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("sarah-en"));
        given().queryParam("from", "2025-01-06T08:00:00+00:00")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("rami-new", "sarah-en"));
        // A date-time bound is exclusive; an offset is honoured (08:00+03:00 is 05:00 UTC).
        given().queryParam("to", "2025-01-06T11:00:00+03:00")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains("rami-old"));
    }

    @Test
    void shouldCombineFilters() {
        data.author("rami-fakhori", "rami fakhori");
        data.category("سياسة", null);
        data.tag("سوريا");
        data.article("كل الشروط")
                .slug("match")
                .authors("rami-fakhori")
                .category("سياسة")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(3))
                .create();
        data.article("بلا وسم")
                .slug("no-tag")
                .authors("rami-fakhori")
                .category("سياسة")
                .publishedAt(TestData.daysAfterBase(3))
                .create();
        data.article("خارج المدة")
                .slug("too-early")
                .authors("rami-fakhori")
                .category("سياسة")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(-3))
                .create();

        given().queryParam("author", "rami-fakhori")
                .queryParam("category", "سياسة")
                .queryParam("tag", "سوريا")
                .queryParam("lang", "ar")
                .queryParam("from", "2025-01-01")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains("match"))
                .header("X-Total-Count", "1");
    }

    @Test
    void shouldSortOldestFirstAndByUpdateWithStableTieBreak() {
        String first = data.article("أ")
                .slug("a")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        String second = data.article("ب")
                .slug("b")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        String third = data.article("ج")
                .slug("c")
                .publishedAt(TestData.daysAfterBase(2))
                .create();

        // Equal publication times: the later-created article counts as newer, on every page.
        given().get("/api/v1/articles").then().body("items.slug", contains(third, second, first));
        given().queryParam("sort", "publishedAt")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains(first, second, third));
        given().queryParam("sort", "-publishedAt")
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains(second));
        given().queryParam("sort", "-updatedAt")
                .get("/api/v1/articles")
                .then()
                .body("items.slug", contains(third, second, first));
    }

    @Test
    void shouldLeaveOutTheBodyFormatsTheClientDoesNotRender() {
        data.article("خبر").slug("news").body("<p>نص المقال.</p>").create();

        given().queryParam("formats", "blocks")
                .get("/api/v1/articles/news")
                .then()
                .statusCode(200)
                .body("body.blocks[0].text", equalTo("نص المقال."))
                .body("body", not(hasKey("html")))
                .body("body", not(hasKey("text")));
        given().queryParam("formats", "html,text")
                .get("/api/v1/articles/news")
                .then()
                .statusCode(200)
                .body("body.html", equalTo("<p>نص المقال.</p>"))
                .body("body.text", equalTo("نص المقال."))
                .body("body", not(hasKey("blocks")));
    }

    @Test
    void shouldRejectAnUnknownBodyFormat() {
        data.article("خبر").slug("news").create();

        given().queryParam("formats", "blocks,pdf")
                .get("/api/v1/articles/news")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                .body("errors[0].name", equalTo("formats"));
    }

    @Test
    void shouldRejectUnknownSortOrder() {
        given().queryParam("sort", "title")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                .body("errors[0].name", equalTo("sort"))
                .body("errors[0].in", equalTo("query"));
    }

    @Test
    void shouldRejectMalformedDatesAndLanguages() {
        given().queryParam("from", "yesterday")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("from"));
        given().queryParam("to", "2025-13-45")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("to"));
        given().queryParam("lang", "not a language")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("lang"));
    }

    @Test
    void shouldPageWithLinksAndTotalCount() {
        for (int i = 1; i <= 5; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }

        Response middle = given().queryParam("size", 2)
                .queryParam("page", 2)
                .queryParam("lang", "ar")
                .get("/api/v1/articles");
        middle.then()
                .statusCode(200)
                .header("X-Total-Count", "5")
                .body("items.slug", contains("a3", "a2"))
                .body("page.number", equalTo(2))
                .body("page.size", equalTo(2))
                .body("page.totalItems", equalTo(5))
                .body("page.totalPages", equalTo(3));
        String link = middle.header("Link");
        assertTrue(link.contains("page=1&size=2>; rel=\"first\""), link);
        assertTrue(link.contains("page=1&size=2>; rel=\"prev\""), link);
        assertTrue(link.contains("page=3&size=2>; rel=\"next\""), link);
        assertTrue(link.contains("page=3&size=2>; rel=\"last\""), link);
        assertTrue(link.contains("lang=ar"), "links keep the filters: " + link);
    }

    @Test
    void shouldServeThePartialLastPageWithoutNextLink() {
        for (int i = 1; i <= 5; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }

        Response last = given().queryParam("size", 2).queryParam("page", 3).get("/api/v1/articles");
        last.then().statusCode(200).body("items.slug", contains("a1"));
        assertTrue(!last.header("Link").contains("rel=\"next\""), last.header("Link"));
    }

    @Test
    void shouldAnswerAPagePastTheEndWithNoItems() {
        data.article("وحيد").slug("only").create();

        Response past = given().queryParam("page", 7).get("/api/v1/articles");
        past.then()
                .statusCode(200)
                .body("items", empty())
                .body("page.number", equalTo(7))
                .body("page.totalItems", equalTo(1))
                .header("X-Total-Count", "1");
        assertTrue(past.header("Link").contains("page=1&size=20>; rel=\"prev\""), past.header("Link"));
    }

    @Test
    void shouldAcceptPageSizesOneAndHundred() {
        for (int i = 1; i <= 3; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }

        given().queryParam("size", 1)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page.totalPages", equalTo(3));
        given().queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("page.totalPages", equalTo(1));
    }

    @Test
    void shouldRejectOutOfRangePagingInsteadOfClamping() {
        for (String[] invalid : List.of(
                new String[] {"size", "0"},
                new String[] {"size", "101"},
                new String[] {"page", "0"},
                new String[] {"page", "-1"},
                new String[] {"page", "abc"},
                new String[] {"size", "1.5"})) {
            given().queryParam(invalid[0], invalid[1])
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                    .body("errors.name", contains(invalid[0]))
                    .body("errors[0].in", equalTo("query"))
                    .body("detail", not(containsString("Exception")));
        }
    }

    @Test
    void shouldExposePagingHeadersToBrowsers() {
        data.article("مقال").create();

        given().header("Origin", "https://app.taifpost.example")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
    }

    @Test
    void shouldListSummariesWithAuthorsCategoryAndTagsInABoundedNumberOfStatements() {
        data.category("سياسة", null);
        for (int a = 0; a < 3; a++) {
            data.author("author-" + a, "كاتب " + a);
            data.tag("tag-" + a);
        }
        for (int i = 0; i < 30; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .category("سياسة")
                    .authors("author-" + (i % 3), "author-" + ((i + 1) % 3))
                    .tags("tag-" + (i % 3), "tag-" + ((i + 2) % 3))
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }

        long forFive = statements.during(() -> given().queryParam("size", 5)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(5)));
        long forTwenty = statements.during(() -> given().queryParam("size", 20)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(20))
                .body("items.authors.flatten()", hasSize(40))
                .body("items.tags.flatten()", hasSize(40))
                .body("items.category.slug", everyItem(equalTo("سياسة"))));
        long forHundred = statements.during(() -> given().queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(30)));

        assertEquals(forFive, forTwenty, "statements must not grow with the page size");
        assertEquals(forTwenty, forHundred, "statements must not grow with the page size");
        assertEquals(
                7,
                forTwenty,
                "count, page, the page's author ids and tag ids, then the authors, categories and tags they name");
    }

    @Test
    void shouldNotMatchArticlesWithTagsOfOtherArticles() {
        data.tag("سوريا");
        data.article("موسوم").slug("tagged").tags("سوريا").create();
        data.article("بلا وسوم").slug("untagged").create();

        given().get("/api/v1/articles/untagged").then().body("tags", empty());
        given().get("/api/v1/articles/tagged").then().body("tags.slug", hasItem("سوريا"));
    }

    static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
