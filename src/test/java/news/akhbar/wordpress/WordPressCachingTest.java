package news.akhbar.wordpress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.Comments;
import news.akhbar.support.Statements;
import news.akhbar.support.TestData;

/** WordPress's routes are public reads like the native ones: cached until a write changes what they show. */
@QuarkusTest
class WordPressCachingTest {

    @Inject
    TestData data;

    @Inject
    Statements statements;

    @BeforeEach
    void setUp() {
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.category("أخر-الأخبار", null);
        data.tag("سوريا");
        data.article("خبر أول")
                .slug("first")
                .authors("rami-fakhori")
                .category("أخر-الأخبار")
                .tags("سوريا")
                .create();
    }

    @Test
    void shouldServeRepeatedWordPressReadsWithoutTheDatabase() {
        long number = given().get("/wp-json/wp/v2/posts").jsonPath().getLong("[0].id");
        for (String path : List.of(
                "/wp-json/wp/v2/posts?_embed=1",
                "/wp-json/wp/v2/posts/" + number,
                "/wp-json/wp/v2/categories",
                "/wp-json/wp/v2/tags",
                "/wp-json/wp/v2/users",
                "/wp-json/wp/v2/comments?post=" + number)) {
            given().get(path).then().statusCode(200).header("ETag", notNullValue());

            long again = statements.during(() -> given().get(path).then().statusCode(200));

            assertEquals(0, again, path + " is read again from the database");
        }
    }

    @Test
    void shouldShowANewlyPublishedPostAtOnce() {
        given().get("/wp-json/wp/v2/posts").then().header("X-WP-Total", "1");

        data.article("خبر ثان").slug("second").authors("rami-fakhori").create();

        given().get("/wp-json/wp/v2/posts").then().header("X-WP-Total", "2");
    }

    @Test
    void shouldShowANewlyApprovedCommentAtOnce() {
        long number = given().get("/wp-json/wp/v2/posts").jsonPath().getLong("[0].id");
        given().get("/wp-json/wp/v2/comments?post=" + number).then().body("author_name.size()", equalTo(0));

        Comments.approved("first", "تعليق جديد", "reader@example.com");

        given().get("/wp-json/wp/v2/comments?post=" + number).then().body("author_name.size()", equalTo(1));
    }
}
