package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

@QuarkusTest
class ArticleBlocksTest {

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void shouldTurnTheBodyIntoBlocksTextAndHtml() {
        data.article("مقال منظم").slug("structured").body("""
                <h1>عنوان فرعي</h1>
                <p>فقرة <strong>مهمة</strong> مع <a href="https://www.nbcnews.com/">رابط</a>.</p>
                <blockquote cite="https://example.com/source">نريد نظاماً يمثل جميع السوريين.</blockquote>
                <ol><li>الأول</li><li>الثاني</li></ol>
                <figure><img src="https://cdn.example.com/a.jpg" alt="صورة" width="800" height="450">
                <figcaption>تعليق الصورة</figcaption></figure>
                """).create();

        given().get("/api/v1/articles/structured")
                .then()
                .statusCode(200)
                .body("body.blocks.type", contains("heading", "paragraph", "quote", "list", "image"))
                .body("body.blocks[0].level", equalTo(2))
                .body("body.blocks[0].text", equalTo("عنوان فرعي"))
                .body("body.blocks[1].text", equalTo("فقرة مهمة مع رابط."))
                .body("body.blocks[1].html", containsString("<strong>مهمة</strong>"))
                .body("body.blocks[1].html", containsString("rel=\"noopener nofollow\""))
                .body("body.blocks[2].cite", equalTo("https://example.com/source"))
                .body("body.blocks[3].ordered", equalTo(true))
                .body("body.blocks[3].items", contains("الأول", "الثاني"))
                .body("body.blocks[4].image.url", equalTo("https://cdn.example.com/a.jpg"))
                .body("body.blocks[4].image.alt", equalTo("صورة"))
                .body("body.blocks[4].image.caption", equalTo("تعليق الصورة"))
                .body("body.blocks[4].image.width", equalTo(800))
                .body(
                        "body.text",
                        equalTo("عنوان فرعي\n\nفقرة مهمة مع رابط.\n\nنريد نظاماً يمثل جميع السوريين.\n\nالأول\nالثاني"))
                .body("wordCount", equalTo(13))
                .body("readingTimeMinutes", equalTo(1));
    }

    @Test
    void shouldResolveAnInlineLinkToAnotherArticleIntoACard() {
        data.article("المقال المرتبط")
                .slug("linked")
                .image("https://cdn.example.com/linked.jpg", "صورة المقال")
                .create();
        data.article("مقال").slug("host").body("""
                <p>قبل.</p><p>اقرأ أيضاً: <a href="/articles/linked">المقال المرتبط</a></p><p>بعد.</p>""").create();

        given().get("/api/v1/articles/host")
                .then()
                .statusCode(200)
                .body("body.blocks.type", contains("paragraph", "articleLink", "paragraph"))
                .body("body.blocks[1].label", equalTo("اقرأ أيضاً"))
                .body("body.blocks[1].article.slug", equalTo("linked"))
                .body("body.blocks[1].article.title", equalTo("المقال المرتبط"))
                .body("body.blocks[1].article.dir", equalTo("rtl"))
                .body("body.blocks[1].article.featuredImage.url", equalTo("https://cdn.example.com/linked.jpg"))
                .body("body.html", not(containsString("nofollow")));
    }

    @Test
    void shouldResolveALinkWithoutLabelIntoACardWithoutLabel() {
        data.article("المقال المرتبط").slug("linked").create();
        data.article("مقال")
                .slug("host")
                .body("<p><a href=\"/articles/linked\">المقال المرتبط</a></p>")
                .create();

        given().get("/api/v1/articles/host")
                .then()
                .statusCode(200)
                .body("body.blocks[0].type", equalTo("articleLink"))
                .body("body.blocks[0].label", Matchers.nullValue())
                .body("body.blocks[0].article.slug", equalTo("linked"));
    }

    @Test
    void shouldResolveAbsoluteAndPercentEncodedLinksToTheSite() {
        data.article("سوريا اليوم").slug("سوريا-اليوم").create();
        data.article("مقال")
                .slug("host")
                .body("<p>اقرأ أيضاً: <a href=\"https://taifpost.example/articles/"
                        + ArticleResourceTest.encode("سوريا-اليوم") + "/\">سوريا اليوم</a></p>")
                .create();

        given().get("/api/v1/articles/host")
                .then()
                .statusCode(200)
                .body("body.blocks[0].type", equalTo("articleLink"))
                .body("body.blocks[0].article.slug", equalTo("سوريا-اليوم"));
    }

    @Test
    void shouldNotTurnALinkToAnUnpublishedArticleIntoACard() {
        data.article("مسودة سرية")
                .slug("secret-draft")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();
        data.article("مقال")
                .slug("host")
                .body("<p>اقرأ أيضاً: <a href=\"/articles/secret-draft\">عنوان</a></p>")
                .create();

        given().get("/api/v1/articles/host")
                .then()
                .statusCode(200)
                .body("body.blocks", hasSize(1))
                .body("body.blocks[0].type", equalTo("paragraph"))
                .body("body.blocks[0].text", equalTo("اقرأ أيضاً: عنوان"))
                .body(not(containsString("مسودة سرية")));
    }

    @Test
    void shouldStoreOnlyWhatTheAllowlistLetsThrough() {
        data.article("مقال").slug("dirty").body("""
                <p onclick="steal()">نص<script>alert(1)</script></p>
                <p><a href="javascript:alert(1)">رابط</a><img src="data:image/png;base64,AAAA"></p>
                <iframe src="https://evil.example"></iframe><p style="color:red">آمن</p>""").create();

        given().get("/api/v1/articles/dirty")
                .then()
                .statusCode(200)
                .body("body.html", not(containsString("script")))
                .body("body.html", not(containsString("onclick")))
                .body("body.html", not(containsString("javascript:")))
                .body("body.html", not(containsString("data:")))
                .body("body.html", not(containsString("iframe")))
                .body("body.html", not(containsString("style")))
                .body("body.text", equalTo("نص\n\nرابط\n\nآمن"));
    }
}
