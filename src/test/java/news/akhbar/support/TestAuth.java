package news.akhbar.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Staff accounts and their tokens for tests, made through the API itself. */
public final class TestAuth {

    public static final String ADMIN_EMAIL = "admin@test.example";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "a-long-enough-password";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestAuth() {}

    /** A valid access token of an account with this role (one account per role, shared by all tests). */
    public static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> {
            if (r.equals("ADMIN")) {
                return login(ADMIN_EMAIL, ADMIN_PASSWORD);
            }
            Account account = account(r, null);
            return account.token();
        });
    }

    public static String bearer(String role) {
        return "Bearer " + token(role);
    }

    /** A request sent by a staff member of this role. */
    public static RequestSpecification as(String role) {
        return given().header("Authorization", bearer(role));
    }

    /** A new account with its own email, optionally writing as an author profile. */
    public static Account account(String role, String authorSlug) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@staff.example";
        SecretLeakCheck.staffEmail(email);
        String body = "{\"email\":\"" + email + "\",\"displayName\":\"" + role + " test\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"" + role + "\"" + (authorSlug == null ? "" : ",\"author\":\"" + authorSlug + "\"")
                + "}";
        long id = given().header("Authorization", "Bearer " + token("ADMIN"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/admin/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Account(id, email, login(email, PASSWORD));
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("accessToken");
    }

    public record Account(long id, String email, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }
}
