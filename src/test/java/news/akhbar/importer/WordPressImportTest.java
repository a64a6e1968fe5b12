package news.akhbar.importer;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;
import news.akhbar.support.WordPressExport;

@QuarkusTest
class WordPressImportTest {

    static final String IMPORT = WordPressExport.IMPORT;
    static final String SEED_SLUG = "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد";

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    static String export() {
        return WordPressExport.xml();
    }

    static ValidatableResponse post(String xml) {
        return as("ADMIN")
                .contentType("application/xml; charset=UTF-8")
                .body(xml.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT)
                .then();
    }

    @Test
    void shouldTakeAnExportLargerThanAJsonBody() {
        // Past the 2 MB of a JSON body: an export is held to the bulk limit (256 MB) instead.
        String padded = export().replaceFirst("<channel>", "<channel>\n<!-- " + "ا".repeat(1_600_000) + " -->");
        post(padded).statusCode(200).body("kinds.find { it.kind == 'article' }.created", equalTo(31));
    }

    @Test
    void shouldImportEveryKindAndReportWhatItSkipped() {
        post(export())
                .statusCode(200)
                .body("format", equalTo("wordpress"))
                .body("kinds.kind", contains("author", "category", "tag", "article", "comment"))
                .body("kinds.find { it.kind == 'author' }.created", equalTo(3))
                .body("kinds.find { it.kind == 'category' }.created", equalTo(6))
                .body("kinds.find { it.kind == 'tag' }.created", equalTo(5))
                .body("kinds.find { it.kind == 'article' }.created", equalTo(31))
                .body("kinds.find { it.kind == 'comment' }.created", equalTo(5))
                .body("rejectedCount", equalTo(5))
                .body(
                        "rejected.reason",
                        containsInAnyOrder(
                                containsString("'nav_menu'"),
                                containsString("post 1206 has the status 'trash'"),
                                containsString("page 1207"),
                                containsString("nav_menu_item 1208"),
                                containsString("comment 7736 is a pingback")));
    }

    @Test
    void shouldKeepSlugDatesImageCategoryAndSeoOfAPost() {
        post(export()).statusCode(200);

        given().get("/api/v1/articles/{slug}", SEED_SLUG)
                .then()
                .statusCode(200)
                .body(
                        "title",
                        equalTo(
                                "تفاصيل جديدة تكشف لأول مرة حول الساعات الأخيرة لبشار الأسد في سوريا وقصة الهروب إلى موسكو!"))
                .body("lang", equalTo("ar"))
                .body("dir", equalTo("rtl"))
                .body("publishedAt", equalTo("2024-12-08T09:30:00Z"))
                .body("authors[0].slug", equalTo("rami"))
                .body("authors[0].displayName", equalTo("رامي فاخوري"))
                // Yoast's primary category wins over the first one listed.
                .body("category.slug", equalTo("دمشق"))
                .body("tags.slug", contains("بشار-الأسد", "موسكو"))
                .body("excerpt", equalTo("كشفت تقارير إعلامية غربية عن تفاصيل جديدة…"))
                .body("featuredImage.url", equalTo("https://taifpost.example/wp-content/uploads/2024/12/assad.jpg"))
                .body("featuredImage.alt", equalTo("بشار الأسد"))
                .body("featuredImage.caption", equalTo("بشار الأسد في صورة أرشيفية"))
                .body("featuredImage.width", equalTo(1200))
                .body("featuredImage.height", equalTo(675))
                .body("seo.metaDescription", equalTo("الساعات الأخيرة لبشار الأسد في دمشق"))
                // A Yoast title template means nothing here.
                .body("seo.metaTitle", nullValue());
    }

    @Test
    void shouldKeepTheCategoryHierarchy() {
        post(export()).statusCode(200);

        given().get("/api/v1/categories/{slug}", "دمشق").then().statusCode(200).body("parent.slug", equalTo("سوريا"));
        given().get("/api/v1/categories/{slug}", "سوريا").then().statusCode(200).body("parent.slug", equalTo("سياسة"));
    }

    @Test
    void shouldMapBlockMarkupAndShortcodes() {
        post(export()).statusCode(200);

        given().get("/api/v1/articles/{slug}?formats=html", SEED_SLUG)
                .then()
                .statusCode(200)
                .body("body.html", containsString("<figcaption>بشار الأسد في صورة أرشيفية</figcaption>"))
                .body("body.html", containsString("<figure>"))
                .body("body.html", containsString("Reuters contributed to this report."))
                .body("body.html", not(containsString("wp:paragraph")))
                .body("body.html", not(containsString("[caption")))
                .body("body.html", not(containsString("contact-form-7")));
    }

    @Test
    void shouldKeepAnEmbeddedVideoAsAnEmbedBlock() {
        post(export()).statusCode(200);

        given().get("/api/v1/articles/{slug}?formats=blocks", "classic-post")
                .then()
                .statusCode(200)
                .body("body.blocks.find { it.type == 'embed' }.embed.provider", equalTo("youtube"))
                .body("body.blocks.find { it.type == 'embed' }.embed.id", equalTo("dQw4w9WgXcQ"));
    }

    @Test
    void shouldGiveClassicEditorTextItsParagraphs() {
        post(export()).statusCode(200);

        given().get("/api/v1/articles/{slug}?formats=html", "classic-post")
                .then()
                .statusCode(200)
                .body(
                        "body.html",
                        containsString("<p>الفقرة الأولى من نص كلاسيكي.<br />\nسطر ثانٍ في الفقرة نفسها.</p>"))
                .body("body.html", containsString("مهمة"))
                .body("body.html", containsString("[تحديث]"))
                // [embed] becomes the address on a line of its own, which the article keeps as a YouTube embed.
                .body("body.html", containsString("<figure data-embed=\"youtube\""))
                .body("body.html", containsString("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""))
                .body("body.html", not(containsString("[highlight")))
                .body("body.html", not(containsString("[/highlight]")))
                .body("body.html", not(containsString("[embed]")));
    }

    @Test
    void shouldImportCommentsWithTheirThreadAndStatusAndNoEmails() {
        post(export()).statusCode(200);

        given().get("/api/v1/articles/{slug}/comments", SEED_SLUG)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].authorName", equalTo("أبو محمد"))
                .body("items[0].createdAt", equalTo("2024-12-08T11:02:00Z"))
                .body("items[0].replies[0].authorName", equalTo("سامر"))
                .body("items[0].replies[0].body", equalTo("أتفق تماماً.\n\nومن المصدر؟"))
                .body("items[0].replies[0].replies", hasSize(0))
                .body(not(containsString("reader@example.com")));
        as("ADMIN")
                .get("/api/v1/admin/comments?article={slug}&size=100", SEED_SLUG)
                .then()
                .statusCode(200)
                .body("items.status", containsInAnyOrder("approved", "approved", "pending", "spam", "trash"));
    }

    @Test
    void shouldKeepDraftsPendingPrivateAndProtectedPostsPrivate() {
        post(export()).statusCode(200);

        for (String slug : new String[] {"pending-review", "private-post", "protected-post"}) {
            given().get("/api/v1/articles/{slug}", slug).then().statusCode(404);
        }
        as("ADMIN")
                .get("/api/v1/admin/articles?status=draft&size=100")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("pending-review"))
                .body("items.slug", hasItem("protected-post"))
                .body("items.title", hasItem("مسودة عن الميزانية"));
    }

    @Test
    void shouldKeepAScheduledPostScheduled() {
        post(export()).statusCode(200);

        given().get("/api/v1/articles/{slug}", "scheduled-elections").then().statusCode(404);
        as("ADMIN")
                .get("/api/v1/admin/articles?status=scheduled")
                .then()
                .statusCode(200)
                .body("items.slug", contains("scheduled-elections"))
                .body("items[0].publishedAt", equalTo("2035-01-01T18:00:00Z"));
    }

    @Test
    void shouldUpdateInsteadOfDuplicatingOnASecondImport() {
        post(export()).statusCode(200);

        post(export())
                .statusCode(200)
                .body("kinds.find { it.kind == 'article' }.created", equalTo(0))
                .body("kinds.find { it.kind == 'article' }.updated", equalTo(31))
                .body("kinds.find { it.kind == 'comment' }.created", equalTo(0))
                .body("kinds.find { it.kind == 'category' }.updated", equalTo(6));
        given().get("/api/v1/articles?size=1").then().body("page.totalItems", equalTo(26));
    }

    @Test
    void shouldKeepTheReportForLater() {
        int id = post(export()).statusCode(200).extract().path("id");

        as("ADMIN")
                .get("/api/v1/admin/import/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("format", equalTo("wordpress"))
                .body("rejectedCount", equalTo(5));
        as("ADMIN").get("/api/v1/admin/import/reports").then().statusCode(200).body("items.id", contains(id));
        as("ADMIN").get("/api/v1/admin/import/reports/{id}", id + 1000).then().statusCode(404);
    }

    @Test
    void shouldRefuseADocumentThatIsNotAnExport() {
        post("<html><body>نص</body></html>")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/invalid-export"));
        post("<rss version=\"2.0\"><channel><title>feed</title></channel></rss>")
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-export"))
                .body("detail", containsString("wxr_version"));
    }

    @Test
    void shouldRefuseATruncatedExportBeforeStoringAnything() {
        String export = export();
        post(export.substring(0, export.length() / 2))
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-export"))
                .body("detail", containsString("line"));

        as("ADMIN").get("/api/v1/admin/articles").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseAnExportWithADoctype() {
        String withEntity = export().replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("<title>طيف بوست</title>", "<title>&x;</title>");

        post(withEntity).statusCode(400).body("type", equalTo("https://akhbar.dev/problems/invalid-export"));
        as("ADMIN").get("/api/v1/admin/articles").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseAnEditor() {
        as("EDITOR")
                .contentType("application/xml")
                .body(export())
                .post(IMPORT)
                .then()
                .statusCode(403);
    }
}
