package news.akhbar.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import news.akhbar.support.TestAuth;

/**
 * The README's table of who may call what is the test data: every management operation of the contract must be in
 * it, and each role is sent to each operation. A role the table lists must get past authorization, a role it does
 * not list must get 403, whatever the annotations (and so the contract's security section) say.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> ROLES = List.of("ADMIN", "EDITOR", "AUTHOR", "MODERATOR");
    private static final Pattern OPERATIONS = Pattern.compile("`([A-Z, ]+) (/api/v1/[^`]+)`");
    private static final Pattern ROLE = Pattern.compile("\\b(ADMIN|EDITOR|AUTHOR|MODERATOR)\\b");

    /** "METHOD /path" → the roles the README allows; empty for an operation open to anyone. */
    static Map<String, Set<String>> readmeMatrix() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int start = lines.indexOf("| Method and path | Roles |");
        assertTrue(start >= 0, "README has no table of roles");
        Map<String, Set<String>> matrix = new LinkedHashMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            String who = cells[2].strip();
            Set<String> roles = new TreeSet<>();
            if (!who.startsWith("anyone")) {
                // Notes in parentheses narrow a grant to some rows; they name roles already listed.
                Matcher role = ROLE.matcher(who.replaceAll("\\(.*\\)", ""));
                while (role.find()) {
                    roles.add(role.group(1));
                }
                assertTrue(!roles.isEmpty(), "README row names no role: " + lines.get(i));
            }
            Matcher operation = OPERATIONS.matcher(cells[1]);
            while (operation.find()) {
                for (String method : operation.group(1).split(",")) {
                    String key = method.strip() + " " + operation.group(2);
                    assertTrue(matrix.put(key, roles) == null, "README names twice: " + key);
                }
            }
        }
        return matrix;
    }

    @Test
    void shouldNameEveryManagementOperationOfTheContractInTheReadme() {
        Set<String> inContract = new TreeSet<>();
        for (AdminAuthContractTest.AdminOperation op : AdminAuthContractTest.operations()) {
            inContract.add(op.name());
        }
        inContract.add("POST /api/v1/auth/token");
        assertEquals(inContract, new TreeSet<>(readmeMatrix().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> shouldLetExactlyTheRolesTheReadmeListsPastAuthorization() {
        Map<String, AdminAuthContractTest.AdminOperation> byName = new LinkedHashMap<>();
        AdminAuthContractTest.operations().forEach(op -> byName.put(op.name(), op));
        List<DynamicTest> tests = new ArrayList<>();
        readmeMatrix().forEach((name, allowed) -> {
            AdminAuthContractTest.AdminOperation op = byName.get(name);
            if (op == null) {
                return;
            }
            for (String role : ROLES) {
                tests.add(DynamicTest.dynamicTest(name + " as " + role, () -> {
                    int status = request(op, TestAuth.bearer(role)).statusCode();
                    if (allowed.contains(role)) {
                        assertNotEquals(403, status, role + " is allowed " + name + " by the README");
                        assertNotEquals(401, status);
                    } else {
                        assertEquals(403, status, role + " is not allowed " + name + " by the README");
                    }
                }));
            }
        });
        return tests.stream();
    }

    /** An id that names nothing, and an empty body: an allowed role gets 400 or 404, and nothing is changed. */
    private static Response request(AdminAuthContractTest.AdminOperation op, String authorization) {
        RequestSpecification request = given().header("Authorization", authorization);
        op.emptyBody(request);
        return request.request(op.method().toUpperCase(), op.path().replaceAll("\\{[^}]+}", "987654321"));
    }
}
