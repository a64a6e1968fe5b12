package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

@QuarkusTest
class ArticleCursorTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.tag("سوريا");
        for (int i = 1; i <= 5; i++) {
            data.article("خبر " + i)
                    .slug("news-" + i)
                    .authors("rami-fakhori")
                    .tags("سوريا")
                    .publishedAt(TestData.daysAfterBase(i))
                    .create();
        }
    }

    @Test
    void shouldNeitherRepeatNorSkipAnArticleWhenNewsIsPublishedWhileReading() {
        JsonPath first = given().queryParam("size", 2).get("/api/v1/articles").jsonPath();
        data.article("عاجل")
                .slug("breaking")
                .publishedAt(TestData.daysAfterBase(9))
                .create();

        JsonPath second = given().queryParam("size", 2)
                .queryParam("cursor", first.getString("page.nextCursor"))
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("page.number", nullValue())
                .extract()
                .jsonPath();
        JsonPath third = given().queryParam("size", 2)
                .queryParam("cursor", second.getString("page.nextCursor"))
                .get("/api/v1/articles")
                .jsonPath();

        assertSlugs(first, "news-5", "news-4");
        assertSlugs(second, "news-3", "news-2");
        assertSlugs(third, "news-1");
        given().queryParam("size", 2)
                .queryParam("cursor", second.getString("page.nextCursor"))
                .get("/api/v1/articles")
                .then()
                .body("page.nextCursor", nullValue());
    }

    @Test
    void shouldPageOneTagAndOneAuthorByCursorFromTheirLinkIndex() {
        String cursor = given().queryParam("size", 3)
                .queryParam("tag", "سوريا")
                .get("/api/v1/articles")
                .jsonPath()
                .getString("page.nextCursor");
        given().queryParam("size", 3)
                .queryParam("tag", "سوريا")
                .queryParam("cursor", cursor)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", equalTo(List.of("news-2", "news-1")));

        String byAuthor = given().queryParam("size", 4)
                .get("/api/v1/authors/rami-fakhori/articles")
                .jsonPath()
                .getString("page.nextCursor");
        given().queryParam("size", 4)
                .queryParam("cursor", byAuthor)
                .get("/api/v1/authors/rami-fakhori/articles")
                .then()
                .statusCode(200)
                .body("items.slug", equalTo(List.of("news-1")));
    }

    @Test
    void shouldPageASectionWithItsSubCategoriesByCursorNewestFirst() {
        data.category("أخبار", null);
        data.category("سياسة", "أخبار");
        for (int i = 1; i <= 4; i++) {
            data.article("قسم " + i)
                    .slug("section-" + i)
                    .category(i % 2 == 0 ? "أخبار" : "سياسة")
                    .publishedAt(TestData.daysAfterBase(10 + i))
                    .create();
        }
        JsonPath first = given().queryParam("size", 3)
                .queryParam("category", "أخبار")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(4))
                .extract()
                .jsonPath();

        given().queryParam("size", 3)
                .queryParam("category", "أخبار")
                .queryParam("cursor", first.getString("page.nextCursor"))
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", equalTo(List.of("section-1")));
        assertSlugs(first, "section-4", "section-3", "section-2");
    }

    @Test
    void shouldPageOldestFirstByCursor() {
        String cursor = given().queryParam("size", 2)
                .queryParam("sort", "publishedAt")
                .get("/api/v1/articles")
                .jsonPath()
                .getString("page.nextCursor");

        given().queryParam("size", 2)
                .queryParam("sort", "publishedAt")
                .queryParam("cursor", cursor)
                .get("/api/v1/articles")
                .then()
                .body("items.slug", equalTo(List.of("news-3", "news-4")));
    }

    @Test
    void shouldLinkToTheNextPageByCursor() {
        String cursor =
                given().queryParam("size", 2).get("/api/v1/articles").jsonPath().getString("page.nextCursor");

        given().queryParam("size", 2)
                .queryParam("cursor", cursor)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("cursor="))
                .body("page.nextCursor", notNullValue());
    }

    @Test
    void shouldRefuseACursorMadeForAnotherSort() {
        String cursor =
                given().queryParam("size", 2).get("/api/v1/articles").jsonPath().getString("page.nextCursor");

        given().queryParam("sort", "-updatedAt")
                .queryParam("cursor", cursor)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                .body("errors[0].name", equalTo("cursor"));
    }

    @Test
    void shouldRefuseACursorThisApiDidNotWrite() {
        given().queryParam("cursor", "not-a-cursor")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].name", equalTo("cursor"));
    }

    @Test
    void shouldSendPagesPastTheFirstTenThousandArticlesToTheCursor() {
        given().queryParam("size", 10)
                .queryParam("page", 1001)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].name", equalTo("page"))
                .body("detail", containsString("nextCursor"));
    }

    private static void assertSlugs(JsonPath page, String... slugs) {
        assertEquals(List.of(slugs), page.getList("items.slug"));
    }
}
