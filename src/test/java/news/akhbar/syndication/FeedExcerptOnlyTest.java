package news.akhbar.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;

import jakarta.inject.Inject;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

/** A publisher that wants readers on its site sends the excerpt only. */
@QuarkusTest
@TestProfile(FeedExcerptOnlyTest.ExcerptOnly.class)
class FeedExcerptOnlyTest {

    public static class ExcerptOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("akhbar.syndication.feed-full-content", "false");
        }
    }

    @Inject
    TestData data;

    @Test
    void shouldLeaveTheBodyOutOfTheFeed() throws Exception {
        data.reset();
        data.article("قصة الهروب إلى موسكو")
                .slug("escape")
                .excerpt("كشفت تقارير عن تفاصيل جديدة")
                .body("<p>النص الكامل للمقال لا يظهر في الخلاصة.</p>")
                .create();

        String xml = given().get("/api/v1/feeds/rss")
                .then()
                .statusCode(200)
                .body(not(containsString("النص الكامل")))
                .extract()
                .asString();
        SyndEntry entry =
                new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0);

        assertTrue(entry.getContents().isEmpty(), "no content:encoded");
        assertEquals(
                "<div lang=\"ar\" dir=\"rtl\">كشفت تقارير عن تفاصيل جديدة</div>",
                entry.getDescription().getValue());
    }
}
