package news.akhbar.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;

@QuarkusTest
class AdminTaxonomyResourceTest {

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    static Response post(String path, Map<String, Object> body) {
        return given().header("Authorization", TestAuth.bearer("EDITOR"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path);
    }

    @Test
    void shouldRefuseToDeleteATagStillInUseAndSayHowOften() {
        Response tag = post("/api/v1/admin/tags", Map.of("name", "الطاقة"));
        tag.then().statusCode(201).body("slug", equalTo("الطاقة"));
        data.article("أ").tags("الطاقة").create();
        data.article("ب").tags("الطاقة").create();
        String path = "/api/v1/admin/tags/" + tag.jsonPath().getLong("id");

        given().header("Authorization", TestAuth.bearer("EDITOR"))
                .header("If-Match", tag.header("ETag"))
                .delete(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://akhbar.dev/problems/in-use"))
                .body("detail", containsString("2 articles"));
        given().get("/api/v1/tags/{slug}", "الطاقة").then().statusCode(200);
    }

    @Test
    void shouldRefuseToDeleteACategoryInUseAndDeleteAnUnusedOne() {
        Response used = post("/api/v1/admin/categories", Map.of("name", "سياسة"));
        Response unused = post("/api/v1/admin/categories", Map.of("name", "رياضة"));
        data.article("أ").category("سياسة").create();

        given().header("Authorization", TestAuth.bearer("EDITOR"))
                .header("If-Match", used.header("ETag"))
                .delete("/api/v1/admin/categories/" + used.jsonPath().getLong("id"))
                .then()
                .statusCode(409)
                .body("detail", containsString("1 article"));
        given().header("Authorization", TestAuth.bearer("EDITOR"))
                .header("If-Match", unused.header("ETag"))
                .delete("/api/v1/admin/categories/" + unused.jsonPath().getLong("id"))
                .then()
                .statusCode(204);
        given().get("/api/v1/categories/{slug}", "رياضة").then().statusCode(404);
    }

    @Test
    void shouldBuildACategoryTreeAndRefuseACycle() {
        Response parent = post("/api/v1/admin/categories", Map.of("name", "سياسة"));
        post("/api/v1/admin/categories", Map.of("name", "الشأن السوري", "parent", "سياسة"))
                .then()
                .statusCode(201)
                .body("parent", equalTo("سياسة"));
        given().get("/api/v1/categories/{slug}", "سياسة").then().body("children[0].slug", equalTo("الشأن-السوري"));

        given().header("Authorization", TestAuth.bearer("EDITOR"))
                .header("If-Match", parent.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "سياسة", "parent", "الشأن-السوري"))
                .put("/api/v1/admin/categories/" + parent.jsonPath().getLong("id"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("parent"));
    }

    @Test
    void shouldRefuseATakenSlug() {
        post("/api/v1/admin/tags", Map.of("name", "سوريا")).then().statusCode(201);
        post("/api/v1/admin/tags", Map.of("name", "سوريا")).then().statusCode(409);
    }

    @Test
    void shouldManageAuthorsWithTheirPrivateEmailOnlyInTheAdminApi() {
        Response author = post(
                "/api/v1/admin/authors",
                Map.of(
                        "displayName",
                        "ليلى ناصر",
                        "email",
                        "layla@private.example",
                        "website",
                        "https://layla.example",
                        "socials",
                        Map.of("x", "https://x.com/layla")));
        author.then()
                .statusCode(201)
                .body("slug", equalTo("ليلى-ناصر"))
                .body("email", equalTo("layla@private.example"));
        given().get("/api/v1/authors/{slug}", "ليلى-ناصر")
                .then()
                .statusCode(200)
                .body(Matchers.not(containsString("layla@private.example")));
        post("/api/v1/admin/authors", Map.of("displayName", "خطر", "website", "javascript:alert(1)"))
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("website"));
    }
}
