package news.akhbar.search;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

/**
 * Search over a corpus of its own: twelve short Arabic articles in three topics (politics, economy, sport) and two
 * English ones, each written to prove one normalization, stem or ranking rule.
 */
@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    SearchIndex index;

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.author("sara-haddad", "سارة حداد");
        data.category("سياسة", null);
        data.category("اقتصاد", null);
        data.category("رياضة", null);
        data.tag("سوريا");
        data.tag("النفط");
        data.tag("كرة-القدم");

        article("escape", "قصة الهروب إلى موسكو", "<p>كشفت تقارير عن تفاصيل هروبه من دمشق فجر الأحد.</p>", "سياسة", 30)
                .tags("سوريا")
                .authors("rami-fakhori")
                .create();
        article("hmeimim", "الأسد في قاعدة حميميم", "<p>غادر الرئيس المخلوع عبر القاعدة الروسية.</p>", "سياسة", 29)
                .tags("سوريا")
                .authors("rami-fakhori")
                .create();
        article(
                        "council",
                        "مجلس الأمن يناقش الوضع الإنساني",
                        "<p>اجتماع طارئ لمناقشة الأوضاع في المنطقة.</p>",
                        "سياسة",
                        28)
                .authors("sara-haddad")
                .create();
        article("elections", "انتخابات ٢٠٢٤ في المنطقة", "<p>نسبة المشاركة كانت مرتفعة.</p>", "سياسة", 27)
                .create();
        article("oil", "أسعار النفط ترتفع", "<p>ارتفعت الأسعار في الأسواق العالمية اليوم.</p>", "اقتصاد", 26)
                .tags("النفط")
                .authors("sara-haddad")
                .create();
        article(
                        "gold",
                        "الذهب يسجل مستوى قياسياً",
                        "<p>تراجعت أسعار الفضة بينما استقر النفط عند حدوده.</p>",
                        "اقتصاد",
                        25)
                .authors("sara-haddad")
                .create();
        article("aleppo", "خطة لإعادة الإعمار", "<p>تبدأ الخطة في مدينة حـــلب الشهر المقبل.</p>", "اقتصاد", 24)
                .create();
        article("bank", "البنك المركزي يخفض الفائدة", "<p>قرار مفاجئ للمصارف والمستثمرين.</p>", "اقتصاد", 23)
                .create();
        article("asia", "المنتخب يتأهل إلى كأس آسيا", "<p>تأهل المنتخب بعد فوز كبير.</p>", "رياضة", 22)
                .tags("كرة-القدم")
                .create();
        article("injury", "إصابة قائد الفريق", "<p>يغيب القائد عن المباريات المقبلة.</p>", "رياضة", 21)
                .tags("كرة-القدم")
                .create();
        article("stadium", "مباراة الدوري في الملعب الجديد", "<p>حضر الجمهور بأعداد كبيرة.</p>", "رياضة", 20)
                .create();
        article(
                        "cup",
                        "نادي الاتحاد يحرز البطولة",
                        "<p>فَازَ الفَرِيقُ بِالكَأْسِ بَعْدَ مُبَارَاةٍ صَعْبَة.</p>",
                        "رياضة",
                        19)
                .create();
        article("markets", "Oil markets are running hot", "<p>Traders ran for cover as prices rose.</p>", "اقتصاد", 18)
                .lang("en")
                .create();
        article(
                        "league",
                        "Local club wins the league title",
                        "<p>The supporters celebrated all night.</p>",
                        "رياضة",
                        17)
                .lang("en")
                .create();
        index.rebuild().get();
        // Tag and author names, as the poller reads them every akhbar.search.poll.
        index.pollNow();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private TestData.ArticleBuilder article(String slug, String title, String body, String category, int day) {
        return data.article(title).slug(slug).body(body).category(category).publishedAt(TestData.daysAfterBase(day));
    }

    /** A draft by one of the corpus's authors, through the management API (as a newsroom writes). */
    private static long createDraft(String title) {
        return as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        title,
                        "body",
                        "<p>تساقط الثلوج بكثافة.</p>",
                        "authors",
                        List.of("rami-fakhori"),
                        "category",
                        "سياسة"))
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static ValidatableResponse suggest(String q) {
        return given().queryParam("q", q).get(SEARCH + "/suggest").then().statusCode(200);
    }

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).get(SEARCH).then().statusCode(200);
    }

    @Test
    void shouldFindAWordWhateverItsHamzaOrMadda() {
        search("اصابة").body("items.article.slug", contains("injury"));
        search("اسيا").body("items.article.slug", contains("asia"));
    }

    @Test
    void shouldFindTaMarbutaTypedAsHa() {
        search("قصه").body("items.article.slug", contains("escape"));
    }

    @Test
    void shouldFindAlefMaksuraTypedAsYa() {
        search("مستوي").body("items.article.slug", contains("gold"));
    }

    @Test
    void shouldIgnoreTatweelAndDiacritics() {
        search("حلب").body("items.article.slug", contains("aleppo"));
        search("حـــلب").body("items.article.slug", contains("aleppo"));
        search("فاز الفريق").body("items.article.slug", contains("cup"));
    }

    @Test
    void shouldFoldArabicIndicAndPersianDigits() {
        search("2024").body("items.article.slug", contains("elections"));
        search("۲۰۲۴").body("items.article.slug", contains("elections"));
    }

    @Test
    void shouldFindEachFormOfAStem() {
        for (String form : List.of("الهروب", "هروبه", "هروب")) {
            search(form).body("items.article.slug", contains("escape"));
        }
    }

    @Test
    void shouldMatchAQuotedPhraseOnlyAsAPhrase() {
        search("أسعار النفط").body("items.article.slug", containsInAnyOrder("oil", "gold"));
        search("\"أسعار النفط\"").body("items.article.slug", contains("oil"));
    }

    @Test
    void shouldLeaveOutArticlesWithAnExcludedWord() {
        search("النفط -الفضة").body("items.article.slug", contains("oil"));
    }

    @Test
    void shouldRankATitleMatchAboveABodyMatch() {
        article("quake-body", "تقرير عن المباني", "<p>ضرب الزلزال المدينة.</p>", "سياسة", 40)
                .create();
        article("quake-title", "الزلزال يضرب المدينة", "<p>تقرير عن المباني.</p>", "سياسة", 40)
                .create();

        search("الزلزال").body("items.article.slug", contains("quake-title", "quake-body"));
    }

    @Test
    void shouldRankTheNewerStoryFirstWhenRelevanceTies() {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        article("flood-old", "فيضان في الوادي", "<p>ارتفع منسوب المياه.</p>", "سياسة", 0)
                .publishedAt(now.minusDays(20))
                .create();
        article("flood-new", "فيضان في الوادي", "<p>ارتفع منسوب المياه.</p>", "سياسة", 0)
                .publishedAt(now.minusDays(1))
                .create();

        search("فيضان").body("items.article.slug", contains("flood-new", "flood-old"));
    }

    @Test
    void shouldSortNewestFirstOnRequest() {
        given().queryParam("q", "المنتخب | القائد | الملعب")
                .queryParam("sort", "-publishedAt")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("asia", "injury", "stadium"));
    }

    @Test
    void shouldCombineSearchWithTheListFilters() {
        given().queryParam("q", "النفط | الذهب | المنتخب")
                .queryParam("category", "اقتصاد")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.article.slug", containsInAnyOrder("oil", "gold"));
        given().queryParam("q", "دمشق | الروسية")
                .queryParam("author", "rami-fakhori")
                .get(SEARCH)
                .then()
                .body("items.article.slug", containsInAnyOrder("escape", "hmeimim"));
        given().queryParam("q", "الأسد")
                .queryParam("tag", "سوريا")
                .get(SEARCH)
                .then()
                .body("items.article.slug", contains("hmeimim"));
        given().queryParam("q", "oil")
                .queryParam("lang", "en")
                .get(SEARCH)
                .then()
                .body("items.article.slug", contains("markets"));
        given().queryParam("q", "المنطقة")
                .queryParam("from", TestData.daysAfterBase(28).toString())
                .get(SEARCH)
                .then()
                .body("items.article.slug", contains("council"));
    }

    @Test
    void shouldReturnNoItemsForAFilterNamingNothing() {
        given().queryParam("q", "النفط")
                .queryParam("category", "لا-يوجد")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldCountFacetsOverEveryMatchNotOnlyThePage() {
        given().queryParam("q", "المنطقة | المنتخب | القائد")
                .queryParam("size", 1)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "4")
                .body("items", hasSize(1))
                .body("page.totalItems", equalTo(4))
                .body("facets.categories.find { it.slug == 'سياسة' }.count", equalTo(2))
                .body("facets.categories.find { it.slug == 'رياضة' }.count", equalTo(2))
                .body("facets.categories.find { it.slug == 'رياضة' }.name", equalTo("رياضة"))
                .body("facets.tags.find { it.slug == 'كرة-القدم' }.count", equalTo(2))
                .body("facets.authors.find { it.slug == 'sara-haddad' }.name", equalTo("سارة حداد"));
    }

    @Test
    void shouldMarkMatchedWordsInTitleAndBody() {
        search("هروب")
                .body("items[0].highlights.title", equalTo("قصة <mark>الهروب</mark> إلى موسكو"))
                .body("items[0].highlights.body", containsString("تفاصيل <mark>هروبه</mark> من دمشق"));
    }

    @Test
    void shouldEscapeMarkupInHighlights() {
        article("script", "تحذير أمني", "<p>كتب أحدهم &lt;script&gt;alert(1)&lt;/script&gt; في تحذير.</p>", "سياسة", 5)
                .create();

        search("تحذير")
                .body("items[0].highlights.body", containsString("&lt;script&gt;"))
                .body("items[0].highlights.body", not(containsString("<script>")))
                .body("items[0].highlights.body", containsString("<mark>تحذير</mark>"))
                .body("items[0].highlights.title", equalTo("<mark>تحذير</mark> أمني"));
    }

    @Test
    void shouldNeverFindDraftsOrArchivedArticles() {
        article("draft", "مسودة عن البركان", "<p>البركان.</p>", "سياسة", 5)
                .status(ArticleStatus.DRAFT)
                .create();
        article("archived", "أرشيف عن البركان", "<p>البركان.</p>", "سياسة", 5)
                .status(ArticleStatus.ARCHIVED)
                .create();

        search("البركان").body("items", empty()).body("facets.categories", empty());
    }

    @Test
    void shouldFindAScheduledArticleOnlyFromItsTime() {
        OffsetDateTime at = OffsetDateTime.now(clock).plusHours(2).truncatedTo(ChronoUnit.SECONDS);
        article("eclipse", "كسوف الشمس", "<p>يشاهد الكسوف في المنطقة.</p>", "سياسة", 0)
                .publishedAt(at)
                .create();
        search("كسوف").body("items", empty());
        given().queryParam("q", "كسو").get(SEARCH + "/suggest").then().body("items.slug", not(hasItem("eclipse")));

        clock.advance(Duration.ofHours(2).plusSeconds(1));

        search("كسوف").body("items.article.slug", contains("eclipse"));
        // The suggestion kept from before its time expired at that time.
        suggest("كسو").body("items.slug", hasItem("eclipse"));
    }

    @Test
    void shouldFindAnEnglishArticleByItsStem() {
        search("run").body("items.article.slug", contains("markets"));
        search("winning leagues").body("items.article.slug", contains("league"));
    }

    @Test
    void shouldIgnoreStopWordsInAQuery() {
        search("قصة في الهروب").body("items.article.slug", contains("escape"));
    }

    @Test
    void shouldRefuseAnEmptyQuery() {
        for (String q : List.of("", "   ")) {
            given().queryParam("q", q)
                    .get(SEARCH)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                    .body("errors[0].name", equalTo("q"));
        }
        given().get(SEARCH).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAQueryOfMoreThan200Characters() {
        given().queryParam("q", "ب".repeat(201))
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"));
        given().queryParam("q", "ب".repeat(200)).get(SEARCH).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUnknownSort() {
        given().queryParam("q", "النفط")
                .queryParam("sort", "title")
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].name", equalTo("sort"));
    }

    @Test
    void shouldSuggestTitlesTagsAndAuthorsForAPrefix() {
        given().queryParam("q", "الهرو")
                .get(SEARCH + "/suggest")
                .then()
                .statusCode(200)
                .body("items.slug", contains("escape"))
                .body("items[0].kind", equalTo("article"))
                .body("items[0].text", equalTo("قصة الهروب إلى موسكو"));
        given().queryParam("q", "سور")
                .get(SEARCH + "/suggest")
                .then()
                .body("items[0].kind", equalTo("tag"))
                .body("items[0].slug", equalTo("سوريا"));
        given().queryParam("q", "رامي فا")
                .get(SEARCH + "/suggest")
                .then()
                .body("items[0].kind", equalTo("author"))
                .body("items[0].slug", equalTo("rami-fakhori"));
    }

    @Test
    void shouldSuggestWithTheSameNormalizationAsSearch() {
        given().queryParam("q", "اصا")
                .get(SEARCH + "/suggest")
                .then()
                .statusCode(200)
                .body("items.slug", contains("injury"));
        given().queryParam("q", "كاس اسي").get(SEARCH + "/suggest").then().body("items.slug", contains("asia"));
    }

    @Test
    void shouldSuggestATitleAsSoonAsItIsPublished() {
        long id = createDraft("عاصفة ثلجية في الشمال");
        suggest("عاصف").body("items", empty());

        as("EDITOR").post("/api/v1/admin/articles/" + id + "/publish").then().statusCode(200);

        suggest("عاصف").body("items.text", contains("عاصفة ثلجية في الشمال"));
    }

    @Test
    void shouldSuggestATagByItsNewNameOnceRenamed() throws Exception {
        var tag = as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "زلازل", "name", "الزلازل"))
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(201)
                .extract();
        index.pollNow();
        suggest("الزلا").body("items.text", contains("الزلازل"));

        as("EDITOR")
                .header("If-Match", tag.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "زلازل", "name", "الزلازل والبراكين"))
                .put("/api/v1/admin/tags/" + tag.jsonPath().getLong("id"))
                .then()
                .statusCode(204);
        index.pollNow();

        suggest("الزلا").body("items.text", contains("الزلازل والبراكين"));
    }

    @Test
    void shouldNameSearchAndEachHitForCacheInvalidation() {
        given().queryParam("q", "الهروب")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .header("Surrogate-Key", containsString(CacheKeys.SEARCH))
                .header("Surrogate-Key", containsString(CacheKeys.article("escape")));
        suggest("الهرو").header("Surrogate-Key", equalTo(CacheKeys.SEARCH));
    }

    @Test
    void shouldRefuseAnEmptySuggestion() {
        given().queryParam("q", " ")
                .get(SEARCH + "/suggest")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].name", equalTo("q"));
    }

    @Test
    void shouldFollowEveryWriteOnceItCommits() {
        long id = createDraft("عاصفة ثلجية في الشمال");
        search("عاصفة").body("items", empty());

        String etag = as("EDITOR")
                .post("/api/v1/admin/articles/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        search("عاصفة").body("items.article.title", contains("عاصفة ثلجية في الشمال"));

        as("EDITOR")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "موجة حر في الشمال"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        search("عاصفة").body("items", empty());
        search("موجة حر").body("items.article.title", contains("موجة حر في الشمال"));

        as("EDITOR").post("/api/v1/admin/articles/" + id + "/unpublish").then().statusCode(200);
        search("موجة").body("items", empty());

        as("EDITOR").post("/api/v1/admin/articles/" + id + "/publish").then().statusCode(200);
        search("موجة").body("items", not(empty()));
        etag = as("EDITOR").get("/api/v1/admin/articles/" + id).header("ETag");
        as("ADMIN")
                .header("If-Match", etag)
                .delete("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(204);
        search("موجة").body("items", empty()).body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldCatchUpWithWhatAnotherInstanceWrote() throws Exception {
        // Another instance's write reaches this one only through the database's article_change rows.
        data.reset();
        search("قصه").body("page.totalItems", equalTo(1));

        index.pollNow();

        search("قصه").body("items", empty()).body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldRebuildOnlineAndKeepAnswering() throws Exception {
        var first = index.rebuilding();
        as("ADMIN")
                .post("/api/v1/admin/search/reindex")
                .then()
                .statusCode(202)
                .body("status", oneOf("started", "running"));
        // While the new index is filled, the current one answers.
        search("قصه").body("items.article.slug", contains("escape"));
        index.rebuilding().get();
        assertNotSame(first, index.rebuilding());
        search("قصه").body("items.article.slug", contains("escape"));
    }

    @Test
    void shouldLetOnlyAnAdminRebuildTheIndex() {
        given().post("/api/v1/admin/search/reindex").then().statusCode(401).contentType(PROBLEM);
        as("EDITOR").post("/api/v1/admin/search/reindex").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldRelateAnArticleWithoutTagsToTheOneWhoseTextIsAlike() {
        article(
                        "outage",
                        "انقطاع الكهرباء في بيروت",
                        "<p>انقطاع الكهرباء عن أحياء بيروت بسبب نقص الوقود.</p>",
                        "سياسة",
                        50)
                .create();
        article(
                        "outage-2",
                        "بيروت بلا كهرباء",
                        "<p>أحياء بيروت بلا كهرباء لليوم الثالث ونقص الوقود مستمر.</p>",
                        "اقتصاد",
                        49)
                .create();

        given().get("/api/v1/articles/{slug}/related", "outage")
                .then()
                .statusCode(200)
                .body("items[0].article.slug", equalTo("outage-2"))
                .body("items[0].reason", equalTo("similarText"))
                .body("items.findAll { it.reason == 'similarText' }.article.slug", not(hasItem("outage")));
    }

    @Test
    void shouldShowNoPrivateFieldsInHits() {
        search("قصه")
                .body("items[0].article.id", nullValue())
                .body("items[0].article.status", nullValue())
                .body("items[0].article", not(hasKey("bodyHtml")));
    }
}
