package news.akhbar.syndication;

import static io.restassured.RestAssured.given;
import static news.akhbar.syndication.Sitemaps.NEWS;
import static news.akhbar.syndication.Sitemaps.NS;
import static news.akhbar.syndication.Sitemaps.texts;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

/** Every sitemap is validated against the sitemaps.org and Google News schemas before its content is checked. */
@QuarkusTest
class SitemapResourceTest {

    static final String SITEMAPS = "/api/v1/sitemaps";
    private static final String ARTICLE = "https://taifpost.example/articles/";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    private final OffsetDateTime published = TestData.now().minusHours(3);

    @BeforeEach
    void setUp() {
        clock.reset();
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.category("أخر-الأخبار", null);
        data.tag("سوريا");
        data.article("قصة الهروب إلى موسكو")
                .slug("قصة-الهروب")
                .category("أخر-الأخبار")
                .tags("سوريا")
                .authors("rami-fakhori")
                .publishedAt(published)
                .create();
        data.article("Old markets reopen")
                .slug("old-markets")
                .lang("en")
                .publishedAt(TestData.now().minusDays(3))
                .create();
        data.article("مسودة").slug("draft").status(ArticleStatus.DRAFT).create();
        data.article("خبر مجدول")
                .slug("scheduled")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(TestData.now().plusHours(1))
                .create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldListEverySitemapInTheIndex() throws Exception {
        Document index = Sitemaps.fetch(SITEMAPS + "/index.xml");

        String base = "https://api.taifpost.example/content/api/v1/sitemaps/";
        assertEquals(
                List.of(
                        base + "articles-1.xml",
                        base + "categories.xml",
                        base + "tags.xml",
                        base + "authors.xml",
                        base + "news.xml"),
                texts(index, NS, "loc"));
    }

    @Test
    void shouldListPublicArticlesNewestFirstWithLastModification() throws Exception {
        Document sitemap = Sitemaps.fetch(SITEMAPS + "/articles-1.xml");

        assertEquals(
                List.of(ARTICLE + "%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D9%87%D8%B1%D9%88%D8%A8", ARTICLE + "old-markets"),
                texts(sitemap, NS, "loc"));
        List<String> updated = given().when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.updatedAt", String.class);
        assertEquals(
                updated.stream()
                        .map(time -> OffsetDateTime.parse(time)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toInstant())
                        .toList(),
                texts(sitemap, NS, "lastmod").stream()
                        .map(time -> OffsetDateTime.parse(time).toInstant())
                        .toList());
    }

    @Test
    void shouldListTheNewsOfTheLastTwoDaysForGoogleNews() throws Exception {
        Document news = Sitemaps.fetch(SITEMAPS + "/news.xml");

        assertEquals(
                List.of(ARTICLE + "%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D9%87%D8%B1%D9%88%D8%A8"), texts(news, NS, "loc"));
        assertEquals(List.of("طيف بوست"), texts(news, NEWS, "name"));
        assertEquals(List.of("ar"), texts(news, NEWS, "language"));
        assertEquals(List.of("قصة الهروب إلى موسكو"), texts(news, NEWS, "title"));
        assertEquals(
                List.of(published.toInstant()),
                texts(news, NEWS, "publication_date").stream()
                        .map(time -> OffsetDateTime.parse(time).toInstant())
                        .toList());
    }

    @Test
    void shouldAddAScheduledArticleToTheNewsAtItsTime() throws Exception {
        clock.advance(Duration.ofHours(2));

        assertEquals(
                List.of("خبر مجدول", "قصة الهروب إلى موسكو"),
                texts(Sitemaps.fetch(SITEMAPS + "/news.xml"), NEWS, "title"));
    }

    @Test
    void shouldListCategoriesTagsAndAuthors() throws Exception {
        assertEquals(
                List.of(
                        "https://taifpost.example/category/%D8%A3%D8%AE%D8%B1-%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1"),
                texts(Sitemaps.fetch(SITEMAPS + "/categories.xml"), NS, "loc"));
        assertEquals(
                List.of("https://taifpost.example/tag/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7"),
                texts(Sitemaps.fetch(SITEMAPS + "/tags.xml"), NS, "loc"));
        assertEquals(
                List.of("https://taifpost.example/author/rami-fakhori"),
                texts(Sitemaps.fetch(SITEMAPS + "/authors.xml"), NS, "loc"));
    }

    @Test
    void shouldReturn404ForAPartBeyondTheLast() {
        given().when()
                .get(SITEMAPS + "/articles-2.xml")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/not-found"));
    }
}
