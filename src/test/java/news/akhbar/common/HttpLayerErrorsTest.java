package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import news.akhbar.support.ContractValidation;
import news.akhbar.support.TestAuth;

/** Errors of the HTTP layer that reach us: out-of-range numbers are 400s, and a 405 says what is allowed. */
@QuarkusTest
class HttpLayerErrorsTest {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldReturn400ForAPageSizeWithASign() {
        // "+" in a query is a space: "size=+1" is " 1", no number.
        given().urlEncodingEnabled(false)
                .get("/api/v1/articles?size=+1")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://akhbar.dev/problems/invalid-parameter"))
                .body("errors[0].name", equalTo("size"));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswer405WithAllowForEveryMethodAPathDoesNotTake() {
        JsonNode contract = ContractValidation.readContract();
        List<DynamicTest> tests = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(entry -> {
            Set<String> declared = new TreeSet<>();
            entry.getValue().fieldNames().forEachRemaining(name -> declared.add(name.toUpperCase()));
            declared.retainAll(METHODS);
            String path = entry.getKey().replaceAll("\\{[^}]+}", "1");
            for (String method : METHODS) {
                if (declared.contains(method)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(method + " " + entry.getKey(), () -> {
                    // Off the contract on purpose: the operation does not exist.
                    Response response = given().noFilters()
                            .header("Authorization", TestAuth.bearer("ADMIN"))
                            .request(method, path);
                    assertEquals(405, response.statusCode(), response.asString());
                    assertEquals("application/problem+json", response.contentType());
                    assertEquals(allow(declared), response.header("Allow"));
                }));
            }
        });
        return tests.stream();
    }

    private static String allow(Set<String> declared) {
        List<String> allowed = new ArrayList<>();
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")) {
            if (declared.contains(method) || method.equals("HEAD") && declared.contains("GET")) {
                allowed.add(method);
            }
        }
        return String.join(", ", allowed);
    }
}
