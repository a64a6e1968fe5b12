package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

@QuarkusTest
class AdminArticleResourceTest {

    static final String ADMIN = "/api/v1/admin/articles";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void reset() {
        data.reset();
        data.author("rami-fakhori", "rami fakhori");
        data.category("سياسة", null);
    }

    static Response create(String role, Map<String, Object> body) {
        return as(role).contentType(ContentType.JSON).body(body).post(ADMIN);
    }

    static Map<String, Object> draft(String title) {
        return Map.of(
                "title",
                title,
                "body",
                "<p>نص المقال الكامل.</p>",
                "authors",
                List.of("rami-fakhori"),
                "category",
                "سياسة");
    }

    @Test
    void shouldCreateADraftThatIsInvisibleUntilPublished() {
        Response created = create("EDITOR", draft("الحكومة تعلن خطة جديدة للكهرباء"));
        created.then()
                .statusCode(201)
                .header("Location", containsString(ADMIN + "/"))
                .header("ETag", notNullValue())
                .body("slug", equalTo("الحكومة-تعلن-خطة-جديدة-للكهرباء"))
                .body("status", equalTo("draft"))
                .body("dir", equalTo("rtl"))
                .body("createdBy.displayName", equalTo("EDITOR test"));
        long id = created.jsonPath().getLong("id");
        String slug = created.jsonPath().getString("slug");
        given().get("/api/v1/articles/{slug}", slug).then().statusCode(404);

        as("EDITOR")
                .post(ADMIN + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue());
        given().get("/api/v1/articles/{slug}", slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("الحكومة تعلن خطة جديدة للكهرباء"));
        given().get("/api/v1/articles").then().body("items.slug", contains(slug));
    }

    @Test
    void shouldKeepAScheduledArticleInvisibleUntilItsTimeAndThenShowIt() {
        long id = create("EDITOR", draft("خبر مجدول")).jsonPath().getLong("id");
        OffsetDateTime at = OffsetDateTime.now(clock).plusHours(3).truncatedTo(ChronoUnit.SECONDS);

        as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of("publishedAt", at.toString()))
                .post(ADMIN + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/{slug}", "خبر-مجدول").then().statusCode(404);
        as("EDITOR").queryParam("status", "scheduled").get(ADMIN).then().body("items.id", contains((int) id));

        clock.advance(Duration.ofHours(3).plusSeconds(1));
        // No job ran: the article is public from that instant on.
        given().get("/api/v1/articles/{slug}", "خبر-مجدول").then().statusCode(200);
        as("EDITOR").get(ADMIN + "/" + id).then().body("status", equalTo("published"));
    }

    @Test
    void shouldHideAnArchivedArticle() {
        long id = published("مقال للأرشيف");

        as("EDITOR").post(ADMIN + "/" + id + "/archive").then().statusCode(200).body("status", equalTo("archived"));

        given().get("/api/v1/articles/{slug}", "مقال-للأرشيف").then().statusCode(404);
    }

    @Test
    void shouldHideAnUnpublishedArticle() {
        long id = published("مقال للسحب");

        as("EDITOR")
                .post(ADMIN + "/" + id + "/unpublish")
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"));

        given().get("/api/v1/articles/{slug}", "مقال-للسحب").then().statusCode(404);
    }

    private static long published(String title) {
        long id = create("EDITOR", draft(title)).jsonPath().getLong("id");
        as("EDITOR").post(ADMIN + "/" + id + "/publish").then().statusCode(200);
        given().get("/api/v1/articles/{slug}", title.replace(' ', '-')).then().statusCode(200);
        return id;
    }

    @Test
    void shouldRedirectFromTheOldSlugOfAPublishedArticle() {
        Response created = create("EDITOR", draft("عنوان أول"));
        long id = created.jsonPath().getLong("id");
        String etag = as("EDITOR").post(ADMIN + "/" + id + "/publish").header("ETag");

        as("EDITOR")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("slug", "عنوان-جديد"))
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(200)
                .body("slug", equalTo("عنوان-جديد"));

        given().redirects()
                .follow(false)
                .get("/api/v1/articles/{slug}", "عنوان-أول")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + ArticleResourceTest.encode("عنوان-جديد")));
        given().get("/api/v1/articles/{slug}", "عنوان-جديد").then().statusCode(200);
    }

    @Test
    void shouldRequireIfMatchToReplace() {
        long id = create("EDITOR", draft("مقال")).jsonPath().getLong("id");

        as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of("title", "عنوان معدل", "body", "<p>نص</p>"))
                .put(ADMIN + "/" + id)
                .then()
                .statusCode(428)
                .body("type", equalTo("https://akhbar.dev/problems/precondition-required"));
        as("EDITOR").get(ADMIN + "/" + id).then().body("title", equalTo("مقال"));
    }

    @Test
    void shouldRefuseAStaleIfMatchAndKeepTheNewerVersion() {
        Response created = create("EDITOR", draft("مقال"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        String next = as("EDITOR")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("title", "عنوان معدل", "body", "<p>نص</p>"))
                .put(ADMIN + "/" + id)
                .then()
                .statusCode(204)
                .extract()
                .header("ETag");

        as("EDITOR")
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("title", "قديم", "body", "<p>x</p>"))
                .put(ADMIN + "/" + id)
                .then()
                .statusCode(412)
                .body("type", equalTo("https://akhbar.dev/problems/precondition-failed"));
        as("EDITOR").header("If-Match", etag).delete(ADMIN + "/" + id).then().statusCode(412);

        as("EDITOR")
                .get(ADMIN + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", next)
                .body("title", equalTo("عنوان معدل"))
                .body("slug", equalTo("مقال"));
    }

    @Test
    void shouldDeleteWithTheCurrentETag() {
        Response created = create("EDITOR", draft("مقال"));
        long id = created.jsonPath().getLong("id");

        as("EDITOR")
                .header("If-Match", created.header("ETag"))
                .delete(ADMIN + "/" + id)
                .then()
                .statusCode(204);

        as("EDITOR").get(ADMIN + "/" + id).then().statusCode(404);
    }

    @Test
    void shouldMergeAPatchAndKeepWhatItDoesNotName() {
        Response created = create("EDITOR", draft("مقال للتعديل"));
        long id = created.jsonPath().getLong("id");

        as("EDITOR")
                .contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("{\"subtitle\":\"عنوان فرعي\",\"category\":null}")
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(200)
                .body("subtitle", equalTo("عنوان فرعي"))
                .body("category", Matchers.nullValue())
                .body("title", equalTo("مقال للتعديل"))
                .body("authors.slug", contains("rami-fakhori"))
                .body("updatedBy.displayName", equalTo("EDITOR test"));
    }

    @Test
    void shouldRejectAnUnknownField() {
        create("EDITOR", Map.of("title", "مقال", "body", "<p>x</p>", "titel", "خطأ"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"))
                .body("errors[0].name", equalTo("titel"))
                .body("errors[0].message", equalTo("unknown field"));
        as("EDITOR").get(ADMIN).then().body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldRejectMalformedJson() {
        as("EDITOR")
                .contentType(ContentType.JSON)
                .body("{\"title\": \"مقال\", ")
                .post(ADMIN)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/malformed-json"));
        as("EDITOR").get(ADMIN).then().body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldRejectFieldsOfTheWrongType() {
        create("EDITOR", Map.of("title", "مقال", "body", "<p>x</p>", "commentsOpen", "ربما"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("commentsOpen"));
        create("EDITOR", Map.of("title", "مقال", "body", "<p>x</p>", "publishedAt", "أمس"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("publishedAt"));
        as("EDITOR").get(ADMIN).then().body("page.totalItems", equalTo(0));
    }

    @Test
    void shouldNameEveryInvalidField() {
        create("EDITOR", Map.of("title", " ", "body", "<p>x</p>", "subtitle", "ع".repeat(501)))
                .then()
                .statusCode(400)
                .body("errors.name", contains("subtitle", "title"));
    }

    @Test
    void shouldRejectABodyThatIsNotJson() {
        as("EDITOR")
                .contentType(ContentType.TEXT)
                .body("title=x")
                .post(ADMIN)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/unsupported-media-type"));
    }

    @Test
    void shouldRefuseNonWebUrlsAndOverlongFields() {
        create(
                        "EDITOR",
                        Map.of(
                                "title",
                                "صورة",
                                "body",
                                "<p>x</p>",
                                "featuredImage",
                                Map.of("url", "javascript:alert(1)", "alt", "صورة")))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("featuredImage.url"));
        create(
                        "EDITOR",
                        Map.of(
                                "title",
                                "مصدر",
                                "body",
                                "<p>x</p>",
                                "sources",
                                List.of(Map.of("name", "وكالة", "url", "data:text/html,x"))))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("sources.url"));
        create("EDITOR", Map.of("title", "وسوم", "body", "<p>x</p>", "tags", List.of("و".repeat(201))))
                .then()
                .statusCode(400)
                .body("errors[0].name", containsString("tags"));
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheSizeLimitAndStoreNothing() {
        int before = as("EDITOR").get(ADMIN).jsonPath().getInt("page.totalItems");
        String huge = "{\"title\":\"كبير مجزأ\",\"body\":\"<p>" + "ا".repeat(1_100_000) + "</p>\"}";

        // A stream of unknown length goes out chunked, without Content-Length.
        as("EDITOR")
                .contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))
                .post(ADMIN)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/payload-too-large"));
        as("EDITOR").get(ADMIN).then().body("page.totalItems", equalTo(before));
    }

    @Test
    void shouldReturn400ForABodyThatKeepsNoTextOnceSanitized() {
        int before = as("EDITOR").get(ADMIN).jsonPath().getInt("page.totalItems");

        create("EDITOR", Map.of("title", "فارغ", "body", "<script>alert(1)</script><style>p{}</style><div> </div>"))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"))
                .body("errors[0].name", equalTo("body"));
        as("EDITOR").get(ADMIN).then().body("page.totalItems", equalTo(before));
    }

    @Test
    void shouldKeepABodyThatIsOnlyAPicture() {
        create(
                        "EDITOR",
                        Map.of(
                                "title",
                                "صورة",
                                "body",
                                "<figure><img src=\"https://taifpost.example/a.jpg\" alt=\"\"></figure>"))
                .then()
                .statusCode(201)
                .body("body", containsString("<img"));
    }

    @Test
    void shouldReturn400ForABodyNestedDeeperThanTheLimit() {
        create("EDITOR", Map.of("title", "متداخل", "body", "<b>".repeat(33) + "نص"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("body"))
                .body("errors[0].message", containsString("32"));
        create("EDITOR", Map.of("title", "متداخل قليلا", "body", "<p>" + "<b>".repeat(30) + "نص</p>"))
                .then()
                .statusCode(201);
    }

    @Test
    void shouldReturn400ForHalfACharacterInAnyStringAndKeepTheArticle() {
        Response created = create("EDITOR", draft("عنوان سليم"));
        long id = created.jsonPath().getLong("id");

        as("EDITOR")
                .contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("{\"title\":\"نصف \\ud800 حرف\"}")
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("EDITOR")
                .contentType(ContentType.JSON)
                .body("{\"title\":\"t\",\"body\":\"<p>x</p>\",\"tags\":[\"\\udc00\"]}")
                .post(ADMIN)
                .then()
                .statusCode(400)
                .body("errors[0].name", containsString("tags"));
        // NUL: PostgreSQL refuses it in text, so no database could store what was sent.
        as("EDITOR")
                .contentType(ContentType.JSON)
                .body("{\"title\":\"t\\u0000\",\"body\":\"<p>x</p>\"}")
                .post(ADMIN)
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("title"));
        as("EDITOR")
                .get(ADMIN + "/" + id)
                .then()
                .header("ETag", created.header("ETag"))
                .body("title", equalTo("عنوان سليم"));
    }

    @Test
    void shouldReturn400ForABodyThatIsNotUtf8() {
        byte[] latin1 = "{\"title\":\"caf\u00e9\",\"body\":\"<p>x</p>\"}".getBytes(StandardCharsets.ISO_8859_1);

        as("EDITOR")
                .contentType("application/json")
                .body(latin1)
                .post(ADMIN)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/malformed-json"));
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimit() {
        String huge = "<p>" + "ا".repeat(1_100_000) + "</p>";
        create("EDITOR", Map.of("title", "كبير", "body", huge))
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/payload-too-large"));
    }

    @Test
    void shouldGiveTakenSlugsASuffixAndRefuseATakenExplicitSlug() {
        create("EDITOR", draft("خبر عاجل")).then().statusCode(201).body("slug", equalTo("خبر-عاجل"));
        create("EDITOR", draft("خبر عاجل")).then().statusCode(201).body("slug", equalTo("خبر-عاجل-2"));
        create("EDITOR", Map.of("title", "آخر", "body", "<p>x</p>", "slug", "خبر-عاجل"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://akhbar.dev/problems/conflict"));
        create("EDITOR", Map.of("title", "آخر", "body", "<p>x</p>", "slug", "not a slug!"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("slug"));
    }

    @Test
    void shouldLetAnAuthorWriteButNotPublish() {
        TestAuth.Account author = TestAuth.account("AUTHOR", "rami-fakhori");
        Response created = given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "مقال الكاتب", "body", "<p>نص</p>"))
                .post(ADMIN);
        created.then()
                .statusCode(201)
                .body("authors.slug", contains("rami-fakhori"))
                .body("status", equalTo("draft"));
        long id = created.jsonPath().getLong("id");

        given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "منشور", "body", "<p>x</p>", "status", "published"))
                .post(ADMIN)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://akhbar.dev/problems/forbidden"));
        given().header("Authorization", author.bearer())
                .contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body(Map.of("status", "published"))
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(403);
        given().header("Authorization", author.bearer())
                .post(ADMIN + "/" + id + "/publish")
                .then()
                .statusCode(403);
        given().get("/api/v1/articles/{slug}", "مقال-الكاتب").then().statusCode(404);

        given().header("Authorization", author.bearer())
                .contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body(Map.of("subtitle", "تعديل الكاتب"))
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(200)
                .body("subtitle", equalTo("تعديل الكاتب"));
    }

    @Test
    void shouldLetAnAuthorEditOnlyTheirOwnArticles() {
        Response others = create("EDITOR", Map.of("title", "مقال المحرر", "body", "<p>x</p>"));
        TestAuth.Account author = TestAuth.account("AUTHOR", null);

        given().header("Authorization", author.bearer())
                .contentType("application/merge-patch+json")
                .header("If-Match", others.header("ETag"))
                .body(Map.of("title", "استيلاء"))
                .patch(ADMIN + "/" + others.jsonPath().getLong("id"))
                .then()
                .statusCode(403);
        given().header("Authorization", author.bearer())
                .header("If-Match", others.header("ETag"))
                .delete(ADMIN + "/" + others.jsonPath().getLong("id"))
                .then()
                .statusCode(403);
        as("EDITOR").get(ADMIN + "/" + others.jsonPath().getLong("id")).then().body("title", equalTo("مقال المحرر"));
    }

    @Test
    void shouldListAndReadOnlyTheirOwnArticlesForAnAuthor() {
        long others = create("EDITOR", Map.of("title", "مسودة المحرر", "body", "<p>x</p>"))
                .jsonPath()
                .getLong("id");
        TestAuth.Account author = TestAuth.account("AUTHOR", null);
        long own = given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "مسودة الكاتب", "body", "<p>نص</p>"))
                .post(ADMIN)
                .jsonPath()
                .getLong("id");

        given().header("Authorization", author.bearer())
                .get(ADMIN)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) own))
                .body("page.totalItems", equalTo(1));
        given().header("Authorization", author.bearer())
                .get(ADMIN + "/" + others)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://akhbar.dev/problems/forbidden"));
        given().header("Authorization", author.bearer())
                .get(ADMIN + "/" + own)
                .then()
                .statusCode(200)
                .body("title", equalTo("مسودة الكاتب"));
    }

    @Test
    void shouldListTheArticlesNamingTheirProfileForAnAuthor() {
        long naming = create("EDITOR", draft("مقال باسم الكاتب")).jsonPath().getLong("id");
        TestAuth.Account author = TestAuth.account("AUTHOR", "rami-fakhori");

        given().header("Authorization", author.bearer())
                .queryParam("q", "باسم الكاتب")
                .get(ADMIN)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) naming));
    }

    @Test
    void shouldReturn403WhenAnAuthorChangesOrDeletesTheirPublishedArticle() {
        TestAuth.Account author = TestAuth.account("AUTHOR", null);
        Response created = given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "مقال سينشر", "body", "<p>نص</p>"))
                .post(ADMIN);
        long id = created.jsonPath().getLong("id");
        String etag = as("EDITOR")
                .post(ADMIN + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        given().header("Authorization", author.bearer())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "تعديل بعد النشر"))
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://akhbar.dev/problems/forbidden"));
        given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("title", "استبدال بعد النشر", "body", "<p>x</p>"))
                .put(ADMIN + "/" + id)
                .then()
                .statusCode(403);
        given().header("Authorization", author.bearer())
                .header("If-Match", etag)
                .delete(ADMIN + "/" + id)
                .then()
                .statusCode(403);
        as("EDITOR")
                .get(ADMIN + "/" + id)
                .then()
                .header("ETag", etag)
                .body("title", equalTo("مقال سينشر"))
                .body("status", equalTo("published"));
    }

    @Test
    void shouldReturn403WhenAnAuthorChangesOrDeletesTheirScheduledArticle() {
        TestAuth.Account author = TestAuth.account("AUTHOR", null);
        long id = given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "مقال مجدول", "body", "<p>نص</p>"))
                .post(ADMIN)
                .jsonPath()
                .getLong("id");
        String etag = as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of("publishedAt", "2100-01-01T08:00:00+03:00"))
                .post(ADMIN + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("scheduled"))
                .extract()
                .header("ETag");

        given().header("Authorization", author.bearer())
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("subtitle", "قبل موعد النشر"))
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(403);
        given().header("Authorization", author.bearer())
                .header("If-Match", etag)
                .delete(ADMIN + "/" + id)
                .then()
                .statusCode(403);
        as("EDITOR").get(ADMIN + "/" + id).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void shouldFilterTheAdminListByStatusAuthorCategoryAndTitle() {
        long draft = create("EDITOR", draft("مسودة عن الطاقة")).jsonPath().getLong("id");
        long published = create("EDITOR", Map.of("title", "منشور عن الرياضة", "body", "<p>x</p>"))
                .jsonPath()
                .getLong("id");
        as("EDITOR").post(ADMIN + "/" + published + "/publish").then().statusCode(200);

        as("EDITOR").queryParam("status", "draft").get(ADMIN).then().body("items.id", contains((int) draft));
        as("EDITOR").queryParam("status", "published").get(ADMIN).then().body("items.id", contains((int) published));
        as("EDITOR").queryParam("author", "rami-fakhori").get(ADMIN).then().body("items.id", contains((int) draft));
        as("EDITOR").queryParam("category", "سياسة").get(ADMIN).then().body("items.id", contains((int) draft));
        as("EDITOR").queryParam("q", "الرياضة").get(ADMIN).then().body("items.id", contains((int) published));
        as("EDITOR").queryParam("q", "100%_").get(ADMIN).then().body("page.totalItems", equalTo(0));
        as("EDITOR")
                .queryParam("status", "gone")
                .get(ADMIN)
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("status"));
    }

    @Test
    void shouldAllowTheAdminApiOnlyFromConfiguredOrigins() {
        as("EDITOR")
                .header("Origin", "https://newsroom.taifpost.example")
                .get(ADMIN)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://newsroom.taifpost.example");
        as("EDITOR")
                .header("Origin", "https://evil.example")
                .get(ADMIN)
                .then()
                .header("Access-Control-Allow-Origin", Matchers.nullValue());
        // A preflight is no API operation, so it is not in the contract.
        given().noFilters()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options(ADMIN)
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Methods", Matchers.nullValue());
    }

    @Test
    void shouldKeepThePublishedTimeWhenRepublishing() {
        long id = create("EDITOR", draft("مقال قديم")).jsonPath().getLong("id");
        String first = as("EDITOR")
                .contentType(ContentType.JSON)
                .body(Map.of("publishedAt", "2025-01-05T10:00:00+03:00"))
                .post(ADMIN + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("publishedAt");
        assertEquals("2025-01-05T07:00:00Z", first);
        as("EDITOR").post(ADMIN + "/" + id + "/unpublish").then().statusCode(200);
        as("EDITOR").post(ADMIN + "/" + id + "/publish").then().statusCode(200).body("publishedAt", equalTo(first));
    }
}
