package news.akhbar.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestAuth;

@QuarkusTest
class TokenResourceTest {

    @Inject
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() {
        // All tests log in from 127.0.0.1; failures counted here must not lock out the others.
        throttle.reset();
    }

    static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/token");
    }

    @Test
    void shouldIssueAnAccessTokenThatOpensTheAdminApi() {
        Response response = login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD);
        response.then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("role", equalTo("ADMIN"))
                .body("expiresAt", notNullValue());
        String token = response.jsonPath().getString("accessToken");
        assertEquals(3, token.split("\\.").length, "a JWT");

        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/admin/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("ADMIN"))
                .body("emailHint", equalTo("a…@test.example"));
    }

    @Test
    void shouldAnswerAnUnknownEmailExactlyLikeAWrongPassword() {
        Response unknown = login("nobody@test.example", "whatever-password");
        Response wrong = login(TestAuth.ADMIN_EMAIL, "not-the-password");
        unknown.then().statusCode(401).contentType("application/problem+json");
        wrong.then().statusCode(401);
        assertEquals(unknown.jsonPath().getString("detail"), wrong.jsonPath().getString("detail"));
        assertEquals(unknown.jsonPath().getString("type"), wrong.jsonPath().getString("type"));
    }

    @Test
    void shouldSlowDownRepeatedFailuresWithRetryAfter() {
        TestAuth.Account target = TestAuth.account("EDITOR", null);
        for (int i = 0; i < 5; i++) {
            login(target.email(), "wrong-password-" + i).then().statusCode(401);
        }
        Response blocked = login(target.email(), TestAuth.PASSWORD);
        blocked.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/too-many-requests"));
        MatcherAssert.assertThat(Integer.parseInt(blocked.header("Retry-After")), greaterThan(0));
    }

    @Test
    void shouldSlowDownAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) {
            login("guess-" + i + "@test.example", "wrong-password").then().statusCode(401);
        }
        login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
    }

    @Test
    void shouldCountFailuresPerForwardedClientAddressBehindAProxy() {
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", "203.0.113.7")
                    .contentType(ContentType.JSON)
                    .body(Map.of("email", "guess-" + i + "@test.example", "password", "wrong-password"))
                    .post("/api/v1/auth/token")
                    .then()
                    .statusCode(401);
        }
        given().header("X-Forwarded-For", "203.0.113.7")
                .contentType(ContentType.JSON)
                .body(Map.of("email", TestAuth.ADMIN_EMAIL, "password", TestAuth.ADMIN_PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(429);

        given().header("X-Forwarded-For", "198.51.100.9")
                .contentType(ContentType.JSON)
                .body(Map.of("email", TestAuth.ADMIN_EMAIL, "password", TestAuth.ADMIN_PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldLockOutADisabledAccountAtOnce() {
        TestAuth.Account editor = TestAuth.account("EDITOR", null);
        given().header("Authorization", editor.bearer())
                .get("/api/v1/admin/me")
                .then()
                .statusCode(200);

        String etag = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/accounts/" + editor.id())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("enabled", false))
                .patch("/api/v1/admin/accounts/" + editor.id())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));

        // The token it already holds stops working, and so does its password.
        given().header("Authorization", editor.bearer())
                .get("/api/v1/admin/me")
                .then()
                .statusCode(401);
        login(editor.email(), TestAuth.PASSWORD).then().statusCode(401);
    }

    @Test
    void shouldApplyARoleChangeToTokensAlreadyIssued() {
        TestAuth.Account account = TestAuth.account("MODERATOR", null);
        given().header("Authorization", account.bearer())
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(403);

        String etag = given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/accounts/" + account.id())
                .header("ETag");
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("role", "EDITOR"))
                .patch("/api/v1/admin/accounts/" + account.id())
                .then()
                .statusCode(200);
        given().header("Authorization", account.bearer())
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRejectAMalformedLogin() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ""))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/validation-failed"));
    }

    @Test
    void shouldAnswerAPasswordLongerThanBcryptReadsLikeAWrongOne() {
        // 150 Arabic letters: within the field's 200 characters, 300 bytes in UTF-8, past bcrypt's 72.
        Response tooLong = login(TestAuth.ADMIN_EMAIL, "كلمة".repeat(50).substring(0, 150));
        Response wrong = login(TestAuth.ADMIN_EMAIL, "not-the-password");

        tooLong.then().statusCode(401).contentType("application/problem+json");
        assertEquals(wrong.jsonPath().getString("detail"), tooLong.jsonPath().getString("detail"));
    }

    @Test
    void shouldRefuseANullLoginBody() {
        given().contentType(ContentType.JSON)
                .body("null")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://akhbar.dev/problems/malformed-json"));
    }
}
