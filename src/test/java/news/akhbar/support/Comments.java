package news.akhbar.support;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Posting and moderating comments in tests, each reader with an address of their own. */
public final class Comments {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Comments() {}

    /** A fresh client address, so that one test's posts never count against another's rate limit. */
    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public static Map<String, Object> form(String body, String name, String email) {
        Map<String, Object> form = new HashMap<>();
        form.put("body", body);
        form.put("authorName", name);
        form.put("authorEmail", email);
        return form;
    }

    public static Response post(String slug, Map<String, Object> form, String address) {
        return from(address).contentType(ContentType.JSON).body(form).post("/api/v1/articles/{slug}/comments", slug);
    }

    public static Response post(String slug, Map<String, Object> form) {
        return post(slug, form, newAddress());
    }

    public static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    /** Sets a comment's status as a moderator would: read its ETag, patch. */
    public static Response moderate(long id, String status) {
        String etag = as("MODERATOR")
                .get("/api/v1/admin/comments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return as("MODERATOR")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", status))
                .patch("/api/v1/admin/comments/" + id);
    }

    /** Posts and approves, for tests that need an approved comment. */
    public static long approved(String slug, String body, String email) {
        long id = post(slug, form(body, "قارئ", email))
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        moderate(id, "approved").then().statusCode(200);
        return id;
    }

    /** Posts a reply to an approved comment and approves it. */
    public static long approvedReply(String slug, long parentId, String body, String email) {
        Map<String, Object> form = form(body, "قارئ", email);
        form.put("parentId", parentId);
        long id = post(slug, form).then().extract().jsonPath().getLong("id");
        moderate(id, "approved").then().statusCode(200);
        return id;
    }
}
