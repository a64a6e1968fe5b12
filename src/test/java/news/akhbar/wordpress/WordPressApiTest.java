package news.akhbar.wordpress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;
import news.akhbar.support.WordPressExport;

@QuarkusTest
class WordPressApiTest {

    static final String WP = "/wp-json/wp/v2";
    static final String SEED_SLUG = "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد";

    @Inject
    TestData data;

    @BeforeEach
    void importExport() {
        data.reset();
        WordPressExport.imported();
    }

    @Test
    void shouldListPublishedPostsWithWordPressTotals() {
        given().queryParam("per_page", 10)
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                // 31 imported: 26 published posts, a draft, a private, a scheduled post and two more not public
                .header("X-WP-Total", "26")
                .header("X-WP-TotalPages", "3")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=2"))
                .body("$", hasSize(10))
                .body("status", everyItem(equalTo("publish")))
                .body("id", not(hasItem(1201)))
                .body("id", not(hasItem(1203)))
                .body("id", not(hasItem(1205)));
    }

    @Test
    void shouldFindAPostBySlugWithItsWordPressId() {
        given().queryParam("slug", SEED_SLUG)
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(1041))
                .body("[0].slug", equalTo(SEED_SLUG))
                .body("[0].date_gmt", equalTo("2024-12-08T09:30:00"))
                .body("[0].title.rendered", startsWith("تفاصيل جديدة"))
                .body("[0].content.rendered", containsString("Reuters contributed"));
    }

    @Test
    void shouldGetAPostByIdAndEmbedItsAuthorAndTerms() {
        given().queryParam("_embed", "")
                .get(WP + "/posts/1041")
                .then()
                .statusCode(200)
                .body("id", equalTo(1041))
                .body("_embedded.author[0].name", equalTo("رامي فاخوري"))
                // One category per article: the import keeps the most specific of the post's (دمشق, under أخر الأخبار).
                .body("_embedded.'wp:term'[0].name", hasItem("دمشق"))
                .body("_links", hasKey("self"));
    }

    @Test
    void shouldReturnWordPress404ForADraft() {
        given().get(WP + "/posts/1201")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("rest_post_invalid_id"))
                .body("data.status", equalTo(404))
                .body("type", containsString("not-found"));
    }

    @Test
    void shouldReturn404ForAnUnknownPostId() {
        given().get(WP + "/posts/987654321").then().statusCode(404).body("code", equalTo("rest_post_invalid_id"));
    }

    @Test
    void shouldFilterPostsByCategoryId() {
        given().queryParam("categories", 5)
                .queryParam("per_page", 100)
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                .body("categories", everyItem(hasItem(5)));
    }

    @Test
    void shouldLeaveOutPostsOfAnExcludedCategoryOrTag() {
        // 1041 is in دمشق (8), its Yoast primary category.
        given().queryParam("categories_exclude", 8)
                .queryParam("per_page", 100)
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                .header("X-WP-Total", not(equalTo("26")))
                .body("id", not(hasItem(1041)))
                .body("id", hasItem(1042))
                .body("categories", everyItem(not(hasItem(8))));
        given().queryParam("tags_exclude", 20)
                .queryParam("per_page", 100)
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(1041)))
                .body("id", hasItem(1042))
                .body("tags", everyItem(not(hasItem(20))));
    }

    @Test
    void shouldRefuseAPerPageAbove100() {
        given().queryParam("per_page", 101)
                .get(WP + "/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("rest_invalid_param"));
    }

    @Test
    void shouldListCategoriesWithTheirWordPressIds() {
        given().queryParam("per_page", 100)
                .get(WP + "/categories")
                .then()
                .statusCode(200)
                .header("X-WP-Total", "6")
                .body("id", hasItem(5))
                .body("taxonomy", everyItem(equalTo("category")));
    }

    @Test
    void shouldShowApprovedCommentsWithoutEmails() {
        given().queryParam("post", 1041)
                .get(WP + "/comments")
                .then()
                .statusCode(200)
                .body("id", hasItem(7731))
                .body("id", not(hasItem(7733)))
                .body("id", not(hasItem(7734)))
                .body("$", everyItem(not(hasKey("author_email"))))
                .body(not(containsString("@")));
    }

    @Test
    void shouldShowUsersWithoutTheirEmail() {
        // The export's authors are rami@, salma@ and desk@taifpost.example.
        given().get(WP + "/users")
                .then()
                .statusCode(200)
                .body("name", hasItem("رامي فاخوري"))
                .body(not(containsString("@taifpost.example")));
    }

    @Test
    void shouldTakeAReadersCommentWithLocation() {
        given().contentType("application/json")
                .body(Map.of(
                        "post", 1041,
                        "author_name", "قارئ من حلب",
                        "author_email", "reader@example.com",
                        "content", "شكراً على هذا التقرير المفصّل."))
                .post(WP + "/comments")
                .then()
                .statusCode(201)
                .header("Location", containsString(WP + "/comments/"))
                .body("post", equalTo(1041))
                .body("author_name", equalTo("قارئ من حلب"))
                .body(not(containsString("reader@example.com")));
    }

    @Test
    void shouldRequireAnEmailForAComment() {
        given().contentType("application/json")
                .body(Map.of("post", 1041, "author_name", "قارئ", "content", "تعليق"))
                .post(WP + "/comments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("rest_comment_author_data_required"));
    }

    @Test
    void shouldRefuseACommentOnAPostThatIsNotPublished() {
        given().contentType("application/json")
                .body(Map.of("post", 1201, "author_name", "قارئ", "author_email", "r@example.com", "content", "تعليق"))
                .post(WP + "/comments")
                .then()
                .statusCode(403)
                .body("code", equalTo("rest_comment_invalid_post_id"));
    }

    @Test
    void shouldOrderPostsByIdWhenAsked() {
        given().queryParam("per_page", 3)
                .queryParam("orderby", "id")
                .queryParam("order", "asc")
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                .body("id", contains(1041, 1042, 1101));
    }

    @Test
    void shouldReturnOnlyTheFieldsAskedFor() {
        given().queryParam("_fields", "id,title.rendered")
                .queryParam("per_page", 2)
                .get(WP + "/posts")
                .then()
                .statusCode(200)
                .body("[0].keySet()", containsInAnyOrder("id", "title"))
                .body("[0].title.keySet()", contains("rendered"));
    }

    @Test
    void shouldRefuseACommentFieldWordPressDoesNotTake() {
        given().contentType("application/json")
                .body(Map.of(
                        "post", 1041,
                        "author_name", "قارئ",
                        "author_email", "r@example.com",
                        "content", "تعليق",
                        "status", "approved"))
                .post(WP + "/comments")
                .then()
                .statusCode(400)
                .body("code", equalTo("rest_invalid_param"))
                .body("errors[0].name", equalTo("status"));
        given().queryParam("post", 1041).get(WP + "/comments").then().body("author_name", not(hasItem("قارئ")));
    }
}
