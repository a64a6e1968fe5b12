package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;

@QuarkusTest
class PublicCachingTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.article("خبر").slug("news").create();
    }

    @Test
    void shouldLetClientsRevalidateAPublicReadWithItsEtag() {
        String etag = given().get("/api/v1/articles/news")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=30, stale-if-error=86400")
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");

        given().header("If-None-Match", etag)
                .get("/api/v1/articles/news")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        given().header("If-None-Match", "\"something-else\"")
                .get("/api/v1/articles/news")
                .then()
                .statusCode(200)
                .body("slug", equalTo("news"));
    }

    @Test
    void shouldTreatAuthorPagesAsPublicAndNotAsTheLogin() {
        data.author("rami-fakhori", "رامي فاخوري");

        for (String path : List.of("/api/v1/authors/rami-fakhori", "/api/v1/authors/rami-fakhori/articles")) {
            given().header("Origin", "https://reader-app.example")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "public, max-age=60, stale-while-revalidate=30, stale-if-error=86400")
                    .header("Access-Control-Allow-Origin", "*");
        }
    }

    @Test
    void shouldChangeTheEtagWhenTheArticleChanges() {
        String before = given().get("/api/v1/articles/news").header("ETag");
        long id = given().header("Authorization", TestAuth.bearer("EDITOR"))
                .queryParam("q", "خبر")
                .get("/api/v1/admin/articles")
                .jsonPath()
                .getLong("items[0].id");
        String version = given().header("Authorization", TestAuth.bearer("EDITOR"))
                .get("/api/v1/admin/articles/" + id)
                .header("ETag");
        given().header("Authorization", TestAuth.bearer("EDITOR"))
                .header("If-Match", version)
                .contentType("application/merge-patch+json")
                .body(Map.of("subtitle", "جديد"))
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);

        given().header("If-None-Match", before)
                .get("/api/v1/articles/news")
                .then()
                .statusCode(200)
                .body("subtitle", equalTo("جديد"));
        assertNotEquals(before, given().get("/api/v1/articles/news").header("ETag"));
    }

    @Test
    void shouldNotMarkErrorsAsPublic() {
        given().get("/api/v1/articles/missing").then().statusCode(404).header("Cache-Control", nullValue());
    }

    @Test
    void shouldForbidAnyCacheToKeepManagementAnswers() {
        given().header("Authorization", TestAuth.bearer("EDITOR"))
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        given().get("/api/v1/admin/articles").then().statusCode(401).header("Cache-Control", "no-store");
    }
}
