package news.akhbar.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;

@QuarkusTest
class ApiTokenResourceTest {

    @Inject
    EntityManager em;

    static Response createToken(String name, String role) {
        return given().header("Authorization", TestAuth.bearer("ADMIN"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", role))
                .post("/api/v1/admin/tokens");
    }

    @Test
    void shouldShowTheSecretOnceAndStoreOnlyItsHash() {
        Response created = createToken("تطبيق الهاتف", "EDITOR");
        created.then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("secret", startsWith("akh_"))
                .body("prefix", startsWith("akh_"));
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("id");

        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/tokens/" + id)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("name", equalTo("تطبيق الهاتف"));
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/tokens")
                .then()
                .statusCode(200)
                .body("items.secret", everyItem(nullValue()));
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select token_hash from api_token where id = :id")
                .setParameter("id", id)
                .getResultList();
        assertEquals(64, stored.get(0).length());
        assertEquals(false, stored.get(0).contains(secret.substring(4)));
    }

    @Test
    void shouldReportTheTokensOwnRoleInMe() {
        String secret = createToken("مراقبة التعليقات", "MODERATOR").jsonPath().getString("secret");

        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("MODERATOR"));
    }

    @Test
    void shouldReturn401ForATokenWhoseAdminIsNoLongerAdmin() {
        TestAuth.Account admin = TestAuth.account("ADMIN", null);
        String secret = given().header("Authorization", admin.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "تكامل قديم", "role", "ADMIN"))
                .post("/api/v1/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("secret");
        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/accounts")
                .then()
                .statusCode(200);
        String etag = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/accounts/" + admin.id())
                .header("ETag");
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("role", "EDITOR"))
                .patch("/api/v1/admin/accounts/" + admin.id())
                .then()
                .statusCode(200);

        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/me")
                .then()
                .statusCode(401)
                .body("type", equalTo("https://akhbar.dev/problems/unauthorized"));
    }

    @Test
    void shouldActWithTheTokensRoleAndRecordItsUse() {
        Response created = createToken("نظام النشر", "EDITOR");
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("id");

        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/accounts")
                .then()
                .statusCode(403);
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/tokens/" + id)
                .then()
                .body("lastUsedAt", notNullValue());
    }

    @Test
    void shouldStopWorkingOnceRevoked() {
        Response created = createToken("قديم", "EDITOR");
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("id");
        String etag = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/tokens/" + id)
                .header("ETag");

        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .delete("/api/v1/admin/tokens/" + id)
                .then()
                .statusCode(428);
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .header("If-Match", etag)
                .delete("/api/v1/admin/tokens/" + id)
                .then()
                .statusCode(204);
        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(401);
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/tokens/" + id)
                .then()
                .body("revokedAt", notNullValue());
    }
}
