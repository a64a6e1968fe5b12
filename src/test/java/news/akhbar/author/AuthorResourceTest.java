package news.akhbar.author;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.TestData;

@QuarkusTest
class AuthorResourceTest {

    static final String BIO =
            "كاتب صحفي متخصص في كتابة التقارير والأخبار بمختلف أنواعها، حاصل على شهادة دبلوم في الصحافة والإعلام من الأكاديمية السورية الدولية";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.author(new AuthorRequest(
                "rami-fakhori",
                "rami fakhori",
                BIO,
                "https://cdn.example.com/rami.jpg",
                "rami fakhori",
                "https://taifpost.example/author/rami-fakhori",
                "rami.private@taifpost.example",
                "ar",
                Map.of("x", "https://x.com/rami", "facebook", "https://facebook.com/rami")));
    }

    @Test
    void shouldServeTheAuthorBoxInOneCall() {
        for (int i = 1; i <= 7; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .authors("rami-fakhori")
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }

        given().get("/api/v1/authors/rami-fakhori")
                .then()
                .statusCode(200)
                .body("slug", equalTo("rami-fakhori"))
                .body("displayName", equalTo("rami fakhori"))
                .body("bio", equalTo(BIO))
                .body("lang", equalTo("ar"))
                .body("dir", equalTo("rtl"))
                .body("avatar.url", equalTo("https://cdn.example.com/rami.jpg"))
                .body("website", equalTo("https://taifpost.example/author/rami-fakhori"))
                .body("socials.network", contains("facebook", "x"))
                .body("socials[1].url", equalTo("https://x.com/rami"))
                .body("articleCount", equalTo(7))
                .body("latestArticles.slug", contains("a7", "a6", "a5", "a4", "a3"));
    }

    @Test
    void shouldNeverShowTheAuthorsEmail() {
        data.article("مقال").authors("rami-fakhori").create();

        for (String path : new String[] {
            "/api/v1/authors",
            "/api/v1/authors/rami-fakhori",
            "/api/v1/authors/rami-fakhori/articles",
            "/api/v1/articles"
        }) {
            given().get(path).then().statusCode(200).body(not(containsString("rami.private")));
        }
    }

    @Test
    void shouldCountOnlyPublishedArticles() {
        data.article("منشور").slug("published").authors("rami-fakhori").create();
        data.article("مسودة")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .authors("rami-fakhori")
                .create();
        data.article("مجدول")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(TestData.now().plusDays(1))
                .authors("rami-fakhori")
                .create();
        data.article("مؤرشف")
                .status(ArticleStatus.ARCHIVED)
                .authors("rami-fakhori")
                .create();
        data.article("مستقبلي")
                .publishedAt(TestData.now().plusHours(2))
                .authors("rami-fakhori")
                .create();

        given().get("/api/v1/authors/rami-fakhori")
                .then()
                .statusCode(200)
                .body("articleCount", equalTo(1))
                .body("latestArticles.slug", contains("published"));
        given().get("/api/v1/authors").then().body("items[0].articleCount", equalTo(1));
        given().get("/api/v1/authors/rami-fakhori/articles")
                .then()
                .body("items.slug", contains("published"))
                .header("X-Total-Count", "1");
    }

    @Test
    void shouldListAuthorsByNameWithCounts() {
        data.author("salma", "سلمى الحسن");
        data.author("omar", "عمر الخطيب");
        data.article("مقال").authors("omar", "rami-fakhori").create();

        given().get("/api/v1/authors")
                .then()
                .statusCode(200)
                .body("items.slug", contains("rami-fakhori", "salma", "omar"))
                .body("items.articleCount", contains(1, 0, 1))
                .body("page.totalItems", equalTo(3));
    }

    @Test
    void shouldPageAnAuthorsArticles() {
        for (int i = 1; i <= 3; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .authors("rami-fakhori")
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }
        data.author("other", "Other");
        data.article("لغيره").authors("other").create();

        given().queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/authors/rami-fakhori/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains("a1"))
                .body("page.totalPages", equalTo(2))
                .body("items[0].authors", hasSize(1));
    }

    @Test
    void shouldReturn404ForUnknownAuthor() {
        given().get("/api/v1/authors/nobody")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://akhbar.dev/problems/not-found"));
        given().get("/api/v1/authors/nobody/articles").then().statusCode(404);
    }
}
