package news.akhbar.syndication;

import static io.restassured.RestAssured.given;
import static news.akhbar.syndication.Sitemaps.NS;
import static news.akhbar.syndication.Sitemaps.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

/** The split into parts of {@code akhbar.syndication.sitemap-max-urls}, shown with parts of two URLs. */
@QuarkusTest
@TestProfile(SitemapSplitTest.TwoPerPart.class)
class SitemapSplitTest {

    public static class TwoPerPart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("akhbar.syndication.sitemap-max-urls", "2");
        }
    }

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        for (int day = 1; day <= 5; day++) {
            data.article("خبر رقم " + day)
                    .slug("news-" + day)
                    .publishedAt(TestData.daysAfterBase(day))
                    .create();
        }
    }

    @Test
    void shouldSplitTheArticlesIntoPartsOfTheConfiguredSize() throws Exception {
        List<String> listed = texts(Sitemaps.fetch(SitemapResourceTest.SITEMAPS + "/index.xml"), NS, "loc");
        assertEquals(
                List.of("articles-1.xml", "articles-2.xml", "articles-3.xml"),
                listed.stream()
                        .map(loc -> loc.substring(loc.lastIndexOf('/') + 1))
                        .filter(name -> name.startsWith("articles-"))
                        .toList());

        assertEquals(
                List.of(url(5), url(4)),
                texts(Sitemaps.fetch(SitemapResourceTest.SITEMAPS + "/articles-1.xml"), NS, "loc"));
        assertEquals(
                List.of(url(3), url(2)),
                texts(Sitemaps.fetch(SitemapResourceTest.SITEMAPS + "/articles-2.xml"), NS, "loc"));
        assertEquals(
                List.of(url(1)), texts(Sitemaps.fetch(SitemapResourceTest.SITEMAPS + "/articles-3.xml"), NS, "loc"));
        given().when()
                .get(SitemapResourceTest.SITEMAPS + "/articles-4.xml")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldListEveryTagWhateverTheArticlePartSize() throws Exception {
        data.tag("alpha");
        data.tag("beta");
        data.tag("gamma");
        assertEquals(
                List.of(
                        "https://taifpost.example/tag/alpha",
                        "https://taifpost.example/tag/beta",
                        "https://taifpost.example/tag/gamma"),
                texts(Sitemaps.fetch(SitemapResourceTest.SITEMAPS + "/tags.xml"), NS, "loc"));
    }

    private static String url(int day) {
        return "https://taifpost.example/articles/news-" + day;
    }
}
