package news.akhbar.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import news.akhbar.support.ContractValidation;
import news.akhbar.support.TestAuth;

/**
 * Derived from the committed contract: every operation under /api/v1/admin refuses missing, malformed, expired and
 * forged credentials with 401, and roles its security requirement does not list with 403. A new admin operation is
 * covered as soon as it is in the contract.
 */
@QuarkusTest
class AdminAuthContractTest {

    private static final List<String> ROLES = List.of("ADMIN", "EDITOR", "AUTHOR", "MODERATOR");
    private static final String UNAUTHORIZED = "https://akhbar.dev/problems/unauthorized";

    record AdminOperation(String method, String path, List<String> roles, boolean hasBody, String mediaType) {
        String name() {
            return method.toUpperCase() + " " + path;
        }

        /** An empty body of the operation's type: refused (400) by whoever may call it, so nothing is stored. */
        void emptyBody(RequestSpecification request) {
            if (hasBody && mediaType.equals("multipart/form-data")) {
                // A form without its file.
                request.multiPart("alt", "x");
            } else if (hasBody) {
                request.contentType(mediaType).body("{}");
            }
        }
    }

    static List<AdminOperation> operations() {
        JsonNode contract = ContractValidation.readContract();
        List<AdminOperation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/v1/admin")) {
                return;
            }
            path.getValue().fields().forEachRemaining(entry -> {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                    return;
                }
                JsonNode operation = entry.getValue();
                List<String> roles = new ArrayList<>();
                operation
                        .path("security")
                        .forEach(requirement -> requirement.path("bearer").forEach(r -> roles.add(r.asText())));
                JsonNode content = operation.path("requestBody").path("content");
                String mediaType =
                        content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                operations.add(new AdminOperation(entry.getKey(), path.getKey(), roles, mediaType != null, mediaType));
            });
        });
        return operations;
    }

    @Test
    void shouldFindEveryAdminOperationWithItsRolesInTheContract() {
        List<AdminOperation> operations = operations();
        assertTrue(operations.size() >= 30, "admin operations found: " + operations.size());
        for (AdminOperation operation : operations) {
            assertTrue(!operation.roles().isEmpty(), operation.name() + " lists no roles in its security requirement");
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseRequestsWithoutCredentials() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> expect401(op, null)));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseMalformedTokens() {
        return operations().stream()
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> {
                    expect401(op, "Bearer not-a-token");
                    expect401(op, "Bearer akh_not-an-issued-api-token");
                }));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseExpiredAndForgedTokens() throws Exception {
        PrivateKey realKey = applicationKey();
        String expired = Jwt.issuer("akhbar")
                .subject("1")
                .groups(Set.of("ADMIN"))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(60))
                .sign(realKey);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("akhbar")
                .subject("1")
                .groups(Set.of("ADMIN"))
                .expiresIn(3600)
                .sign(generator.generateKeyPair().getPrivate());
        String wrongIssuer = Jwt.issuer("someone-else")
                .subject("1")
                .groups(Set.of("ADMIN"))
                .expiresIn(3600)
                .sign(realKey);
        return operations().stream()
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> {
                    expect401(op, "Bearer " + expired);
                    expect401(op, "Bearer " + forged);
                    expect401(op, "Bearer " + wrongIssuer);
                }));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseRolesTheContractDoesNotList() {
        return operations().stream()
                .flatMap(op -> ROLES.stream()
                        .filter(role -> !op.roles().contains(role))
                        .map(role -> DynamicTest.dynamicTest(
                                op.name() + " as " + role,
                                () -> request(op, TestAuth.bearer(role))
                                        .then()
                                        .statusCode(403)
                                        .contentType("application/problem+json")
                                        .body("type", equalTo("https://akhbar.dev/problems/forbidden")))));
    }

    private static void expect401(AdminOperation op, String authorization) {
        Response response = request(op, authorization);
        response.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(UNAUTHORIZED));
    }

    private static Response request(AdminOperation op, String authorization) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        op.emptyBody(request);
        String path = op.path().replaceAll("\\{[^}]+}", "1");
        return request.request(op.method().toUpperCase(), path);
    }

    /** The key the application generated into its data directory, as an attacker who stole it would not have. */
    private static PrivateKey applicationKey() throws Exception {
        given().header("Authorization", TestAuth.bearer("ADMIN"))
                .get("/api/v1/admin/me")
                .then()
                .statusCode(200);
        String pem = Files.readString(
                        Path.of("target", "test-data", "jwt", "private-key.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
