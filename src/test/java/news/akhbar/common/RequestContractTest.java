package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import news.akhbar.support.ContractValidation;
import news.akhbar.support.TestAuth;

/**
 * What the committed contract says of requests is what the server does: each JSON body it closes with
 * {@code additionalProperties: false} is refused with an unknown field, and If-Match is required on the operations
 * that answer 428 without it.
 */
@QuarkusTest
class RequestContractTest {

    private static final String SCHEMAS = "#/components/schemas/";

    record BodyOperation(String method, String path, String mediaType, String schema) {}

    static List<BodyOperation> jsonBodies() {
        JsonNode contract = ContractValidation.readContract();
        List<BodyOperation> operations = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(operation -> operation
                                .getValue()
                                .path("requestBody")
                                .path("content")
                                .fields()
                                .forEachRemaining(media -> {
                                    String ref = media.getValue()
                                            .path("schema")
                                            .path("$ref")
                                            .asText("");
                                    if (media.getKey().endsWith("json") && ref.startsWith(SCHEMAS)) {
                                        operations.add(new BodyOperation(
                                                operation.getKey().toUpperCase(),
                                                path.getKey(),
                                                media.getKey(),
                                                ref.substring(SCHEMAS.length())));
                                    }
                                })));
        return operations;
    }

    @Test
    void shouldCloseEverySchemaARequestBodyReaches() {
        JsonNode schemas = ContractValidation.readContract().path("components").path("schemas");
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>();
        jsonBodies().forEach(op -> pending.add(op.schema()));
        assertFalse(pending.isEmpty());
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (!seen.add(name)) {
                continue;
            }
            JsonNode schema = schemas.path(name);
            if (schema.has("properties")) {
                assertEquals(false, schema.path("additionalProperties").asBoolean(true), name);
            }
            schema.findValues("$ref").forEach(ref -> pending.add(ref.asText().substring(SCHEMAS.length())));
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseAFieldTheContractDoesNotName() {
        return jsonBodies().stream()
                .filter(op ->
                        !op.path().startsWith("/api/v1/admin/") || !op.method().equals("PATCH"))
                .map(op -> DynamicTest.dynamicTest(op.method() + " " + op.path(), () -> {
                    // No id names anything: the body is read, and refused, before any lookup.
                    Response response = given().header("Authorization", TestAuth.bearer("ADMIN"))
                            .contentType(op.mediaType())
                            .body("{\"notAField\":1}")
                            .request(op.method(), op.path().replaceAll("\\{[^}]+}", "987654321"));
                    assertEquals(400, response.statusCode(), response.asString());
                    assertEquals("notAField", response.jsonPath().getString("errors[0].name"));
                }));
    }

    @Test
    void shouldRequireIfMatchOnEveryPutPatchAndDeleteOfTheManagementApi() {
        JsonNode contract = ContractValidation.readContract();
        List<String> checked = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        if (parameter.path("name").asText().equals("If-Match")) {
                            boolean changes = Set.of("put", "patch", "delete").contains(operation.getKey())
                                    || path.getKey().endsWith("/password");
                            assertEquals(
                                    changes,
                                    parameter.path("required").asBoolean(false),
                                    operation.getKey() + " " + path.getKey());
                            checked.add(path.getKey());
                        }
                    }
                }));
        assertTrue(checked.size() >= 15, "operations with If-Match: " + checked);
    }
}
