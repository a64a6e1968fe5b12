package news.akhbar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import news.akhbar.support.ContractValidation;

@QuarkusTest
class OpenApiContractTest {

    /**
     * The committed contract must be what the code generates. After a deliberate API change, {@code ./mvnw package}
     * rewrites openapi/openapi.yaml: review the diff and commit it with the code.
     */
    @Test
    void shouldMatchTheCommittedContract() throws IOException {
        String served = given().noFilters()
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Compared as documents: the generator does not keep the order of keys within a node stable.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(Files.readString(ContractValidation.CONTRACT, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        diff("", committed, yaml.readTree(served), differences);
        assertEquals(
                List.of(),
                differences,
                "openapi/openapi.yaml differs from what the code generates at these "
                        + "paths: run ./mvnw package -DskipTests, review the diff of openapi/ and commit it");
    }

    /** JSON pointers where the two documents differ, at most 20. */
    private static void diff(String pointer, JsonNode committed, JsonNode generated, List<String> out) {
        if (out.size() >= 20 || committed.equals(generated)) {
            return;
        }
        if (committed.isObject() && generated.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            generated.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !generated.has(name)) {
                    out.add(child + (committed.has(name) ? " (only committed)" : " (only generated)"));
                } else {
                    diff(child, committed.get(name), generated.get(name), out);
                }
            }
        } else {
            out.add(pointer);
        }
    }

    @Test
    void shouldServeSwaggerUi() {
        given().noFilters().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldRejectAFieldTheContractDoesNotNameAtAnyDepth() {
        // Every test runs through this check: an extra field, top-level or nested, is a leak or an undocumented change.
        ContractValidation.UndocumentedFields check = ContractValidation.undocumentedFields();
        String page = "\"page\":{\"number\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
        String author = "{\"slug\":\"rami-fakhori\",\"displayName\":\"rami fakhori\",\"articleCount\":1,"
                + "\"lang\":\"ar\",\"dir\":\"rtl\"";

        assertEquals(
                List.of(),
                check.check(
                        "GET",
                        "http://h/api/v1/authors",
                        200,
                        "application/json",
                        "{\"items\":[" + author + "}]," + page + "}"));
        assertEquals(
                List.of("/email"),
                check.check(
                        "GET",
                        "http://h/api/v1/authors",
                        200,
                        "application/json",
                        "{\"items\":[]," + page + ",\"email\":\"x\"}"));
        assertEquals(
                List.of("/items/0/email"),
                check.check(
                        "GET",
                        "http://h/api/v1/authors",
                        200,
                        "application/json",
                        "{\"items\":[" + author + ",\"email\":\"rami@example.com\"}]," + page + "}"));
        assertEquals(
                List.of("/authors/0/id"),
                check.check(
                        "GET",
                        "http://h/api/v1/articles/%D8%A3",
                        200,
                        "application/json",
                        "{\"slug\":\"أ\",\"authors\":[{\"slug\":\"a\",\"displayName\":\"a\",\"id\":7}]}"));
        // A literal path segment wins over a template it also matches (bulk is not an {id}).
        assertEquals(
                List.of("/leak"),
                check.check(
                        "POST",
                        "http://h/api/v1/admin/comments/bulk",
                        200,
                        "application/json",
                        "{\"updated\":2,\"leak\":\"x\"}"));
        assertEquals(
                List.of("/stackTrace"),
                check.check(
                        "GET",
                        "http://h/api/v1/tags/x",
                        404,
                        "application/problem+json",
                        "{\"type\":\"t\",\"title\":\"t\",\"status\":404,\"stackTrace\":\"...\"}"));
    }
}
