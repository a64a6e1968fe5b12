package news.akhbar.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import news.akhbar.support.SecretLeakCheck;
import news.akhbar.support.TestAuth;

@QuarkusTest
class AccountResourceTest {

    @Test
    void shouldCreateAnAccountWithoutEverShowingItsEmail() {
        String email = "salma-" + System.nanoTime() + "@taifpost.example";
        SecretLeakCheck.staffEmail(email);
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", email, "displayName", "سلمى الحسن", "password", "كلمة-سر-طويلة-جدا", "role", "AUTHOR"))
                .post("/api/v1/admin/accounts")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("displayName", equalTo("سلمى الحسن"))
                .body("emailHint", equalTo("s…@taifpost.example"))
                .body("role", equalTo("AUTHOR"));
        // An Arabic password works like any other.
        TestAuth.login(email, "كلمة-سر-طويلة-جدا");
    }

    @Test
    void shouldRefuseATakenEmailAndAShortPassword() {
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        TestAuth.ADMIN_EMAIL,
                        "displayName",
                        "نسخة",
                        "password",
                        "long-enough-password",
                        "role",
                        "EDITOR"))
                .post("/api/v1/admin/accounts")
                .then()
                .statusCode(409);
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", "short@staff.example", "displayName", "قصير", "password", "short", "role", "EDITOR"))
                .post("/api/v1/admin/accounts")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("password"));
    }

    @Test
    void shouldLetAUserChangeTheirOwnPassword() {
        TestAuth.Account account = TestAuth.account("AUTHOR", null);
        given().header("Authorization", account.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong", "newPassword", "a-brand-new-password"))
                .post("/api/v1/admin/me/password")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("currentPassword"));
        given().header("Authorization", account.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAuth.PASSWORD, "newPassword", "a-brand-new-password"))
                .post("/api/v1/admin/me/password")
                .then()
                .statusCode(204);
        TestAuth.login(account.email(), "a-brand-new-password");
    }

    @Test
    void shouldNeverDemoteTheLastAdmin() {
        long adminId = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        String etag = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/accounts/" + adminId)
                .header("ETag");
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("role", "EDITOR"))
                .patch("/api/v1/admin/accounts/" + adminId)
                .then()
                .statusCode(409);
    }

    @Test
    void shouldRejectUnknownFieldsInAPatch() {
        TestAuth.Account account = TestAuth.account("AUTHOR", null);
        String etag = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/accounts/" + account.id())
                .header("ETag");
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("rol", "ADMIN"))
                .patch("/api/v1/admin/accounts/" + account.id())
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("rol"));
    }
}
