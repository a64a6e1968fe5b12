package news.akhbar.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleStatus;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

/** Feeds are read back with ROME, the parser most aggregators in Java use, and checked field by field. */
@QuarkusTest
class FeedResourceTest {

    private static final String FEEDS = "/api/v1/feeds";
    private static final String TITLE = "تفاصيل جديدة تكشف لأول مرة حول الساعات الأخيرة لبشار الأسد";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        clock.reset();
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.author("sara-haddad", "سارة حداد");
        data.category("أخر-الأخبار", null);
        data.category("سوريا", "أخر-الأخبار");
        data.category("رياضة", null);
        data.tag("دمشق");
        data.article(TITLE)
                .slug("الساعات-الأخيرة")
                .body("<p>كشفت تقارير إعلامية غربية عن تفاصيل جديدة.</p>")
                .category("سوريا")
                .tags("دمشق")
                .authors("rami-fakhori")
                .image("https://taifpost.example/media/assad.jpg", "بشار الأسد")
                .publishedAt(TestData.daysAfterBase(2))
                .create();
        data.article("Damascus reopens its old markets")
                .slug("old-markets")
                .lang("en")
                .body("<p>Shops are drawing visitors again.</p>")
                .category("رياضة")
                .authors("sara-haddad")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("مسودة لم تنشر").slug("draft").status(ArticleStatus.DRAFT).create();
        data.article("خبر مجدول")
                .slug("scheduled")
                .status(ArticleStatus.SCHEDULED)
                .publishedAt(TestData.now().plusHours(2))
                .create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldListPublishedArticlesNewestFirstInRss() throws Exception {
        SyndFeed feed = parse(FEEDS + "/rss", FeedResource.RSS);

        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("طيف بوست", feed.getTitle());
        assertEquals("ar", feed.getLanguage());
        assertEquals(List.of(TITLE, "Damascus reopens its old markets"), titles(feed));
        SyndEntry first = feed.getEntries().get(0);
        assertEquals(
                "https://taifpost.example/articles/%D8%A7%D9%84%D8%B3%D8%A7%D8%B9%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%AE%D9%8A%D8%B1%D8%A9",
                first.getLink());
        assertEquals(Date.from(TestData.daysAfterBase(2).toInstant()), first.getPublishedDate());
        assertEquals("رامي فاخوري", first.getAuthor());
        assertEquals(
                List.of("سوريا", "دمشق"),
                first.getCategories().stream().map(SyndCategory::getName).toList());
    }

    @Test
    void shouldCarryTheWholeBodyInTheArticlesDirection() throws Exception {
        SyndFeed feed = parse(FEEDS + "/rss", FeedResource.RSS);

        String arabic = feed.getEntries().get(0).getContents().get(0).getValue();
        String english = feed.getEntries().get(1).getContents().get(0).getValue();
        assertEquals("<div lang=\"ar\" dir=\"rtl\"><p>كشفت تقارير إعلامية غربية عن تفاصيل جديدة.</p></div>", arabic);
        assertEquals("<div lang=\"en\" dir=\"ltr\"><p>Shops are drawing visitors again.</p></div>", english);
    }

    @Test
    void shouldGiveTheFeaturedImageAsEnclosure() throws Exception {
        SyndFeed feed = parse(FEEDS + "/rss", FeedResource.RSS);

        var enclosure = feed.getEntries().get(0).getEnclosures().get(0);
        assertEquals("https://taifpost.example/media/assad.jpg", enclosure.getUrl());
        assertEquals("image/jpeg", enclosure.getType());
    }

    @Test
    void shouldWriteAtomWithLanguagesAndAuthorNamesOnly() throws Exception {
        String xml = given().when()
                .get(FEEDS + "/atom")
                .then()
                .statusCode(200)
                .contentType(startsWith(FeedResource.ATOM))
                .body(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
                .body(containsString("xml:lang=\"ar\""))
                .body(containsString("xml:lang=\"en\""))
                .body(not(containsString("@example.com")))
                .extract()
                .asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(List.of(TITLE, "Damascus reopens its old markets"), titles(feed));
        List<SyndPerson> authors = feed.getEntries().get(1).getAuthors();
        assertEquals("سارة حداد", authors.get(0).getName());
        assertEquals(null, authors.get(0).getEmail());
    }

    @Test
    void shouldIncludeSubCategoriesInACategoryFeed() throws Exception {
        SyndFeed feed = parse(FEEDS + "/categories/أخر-الأخبار/rss", FeedResource.RSS);

        assertEquals("أخر الأخبار – طيف بوست", feed.getTitle());
        assertEquals(List.of(TITLE), titles(feed));
    }

    @Test
    void shouldFollowATagAndAnAuthor() throws Exception {
        assertEquals(List.of(TITLE), titles(parse(FEEDS + "/tags/دمشق/atom", FeedResource.ATOM)));
        assertEquals(
                List.of("Damascus reopens its old markets"),
                titles(parse(FEEDS + "/authors/sara-haddad/rss", FeedResource.RSS)));
    }

    @Test
    void shouldShowAScheduledArticleAtItsTime() throws Exception {
        clock.advance(Duration.ofHours(3));

        assertEquals(
                "خبر مجدول",
                parse(FEEDS + "/rss", FeedResource.RSS).getEntries().get(0).getTitle());
    }

    @Test
    void shouldReturn404ForUnknownTag() {
        given().when()
                .get(FEEDS + "/tags/لا-يوجد/rss")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/not-found"));
    }

    @Test
    void shouldAnswer304WhenTheFeedIsUnchanged() {
        Response first = given().when().get(FEEDS + "/rss");
        first.then().statusCode(200).header("Cache-Control", startsWith("public, max-age="));

        given().header("If-None-Match", first.header("ETag"))
                .when()
                .get(FEEDS + "/rss")
                .then()
                .statusCode(304)
                .body(equalTo(""));
        given().header("If-Modified-Since", first.header("Last-Modified"))
                .when()
                .get(FEEDS + "/rss")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldSendTheFeedCompressedToAClientThatTakesGzip() {
        given().header("Accept-Encoding", "gzip")
                .when()
                .get(FEEDS + "/rss")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"))
                .header("ETag", endsWith("-gz\""))
                .body(containsString(TITLE));
    }

    @Test
    void shouldChangeTheEtagWhenAnArticleIsPublished() {
        String before = given().when().get(FEEDS + "/atom").header("ETag");
        data.article("خبر عاجل").slug("breaking").create();

        given().header("If-None-Match", before)
                .when()
                .get(FEEDS + "/atom")
                .then()
                .statusCode(200)
                .body(containsString("خبر عاجل"));
    }

    private static SyndFeed parse(String path, String mediaType) throws Exception {
        String xml = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith(mediaType))
                .extract()
                .asString();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }
}
