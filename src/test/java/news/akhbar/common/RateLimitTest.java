package news.akhbar.common;

import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.Comments;
import news.akhbar.support.TestClock;
import news.akhbar.support.TestData;

/** Small quotas, so that a test reaches them; each test reads from addresses of its own (X-Forwarded-For). */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest {

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "akhbar.rate-limit.enabled",
                    "true",
                    "akhbar.rate-limit.reads",
                    "3",
                    "akhbar.rate-limit.comments",
                    "1");
        }
    }

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        clock.reset();
        data.reset();
        data.article("خبر").slug("news").create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCountReadsAndSayWhatIsLeft() {
        String address = Comments.newAddress();

        Comments.from(address)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=3;w=60")
                .header("RateLimit", matchesPattern("\"reads\";r=2;t=\\d+"));
        Comments.from(address)
                .get("/api/v1/articles/news")
                .then()
                .header("RateLimit", matchesPattern("\"reads\";r=1;t=\\d+"));
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheQuotaIsUsedUp() {
        String address = Comments.newAddress();
        for (int i = 0; i < 3; i++) {
            Comments.from(address).get("/api/v1/articles").then().statusCode(200);
        }

        Comments.from(address)
                .get("/api/v1/articles")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"reads\";r=0;t=\\d+"))
                .body("type", equalTo("https://akhbar.dev/problems/too-many-requests"));
        // Another reader is not affected.
        Comments.from(Comments.newAddress()).get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldOpenANewWindowWhenTheOldOneCloses() {
        String address = Comments.newAddress();
        for (int i = 0; i < 4; i++) {
            Comments.from(address).get("/api/v1/articles");
        }
        Comments.from(address).get("/api/v1/articles").then().statusCode(429);

        clock.advance(Duration.ofSeconds(61));

        Comments.from(address).get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldLimitCommentPostsOnTheirOwnQuota() {
        String address = Comments.newAddress();

        Comments.post("news", Comments.form("تعليق أول", "قارئ", "one@example.com"), address)
                .then()
                .statusCode(202)
                .header("RateLimit-Policy", "\"comments\";q=1;w=60");
        Comments.post("news", Comments.form("تعليق ثان", "قارئ", "two@example.com"), address)
                .then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"));
    }

    @Test
    void shouldNotCountAStaffMembersReads() {
        for (int i = 0; i < 5; i++) {
            as("EDITOR")
                    .header("X-Forwarded-For", "198.51.100.77")
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(200)
                    .header("RateLimit", nullValue());
        }
    }
}
