package news.akhbar.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.auth.LoginFailures;
import news.akhbar.support.ContractValidation;
import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;
import news.akhbar.support.TestImages;

/**
 * Requests generated from the committed contract, for every operation, anonymous and with each role: path, query and
 * header parameters and bodies from their schemas, often valid, often at or past their bounds, sometimes of another
 * type altogether. No answer may be a 5xx, and every error must be a problem document with a status the contract
 * declares for that operation. The seed is fixed, so a failure is replayed by running the test again.
 */
@QuarkusTest
class ContractFuzzTest {

    static final long SEED = 20261202L;
    static final int REQUESTS = 5_100;
    // Parameters stay short enough that a request line stays under the HTTP layer's 4 KB (an Arabic letter is six
    // bytes percent-encoded): past it, Vert.x answers 414 before any operation (see the README).
    static final int MAX_PARAMETER = 60;
    static final String[] ROLES = {null, "ADMIN", "EDITOR", "AUTHOR", "MODERATOR"};
    static final String[] WORDS = {"أخبار", "سوريا", "الحكومة", "تقرير", "اقتصاد", "news", "x"};
    // Values that have broken parsers elsewhere: bounds, overflow, other types, markup, odd Unicode. None is so long
    // that a request line passes the HTTP layer's 4 KB limit, which answers before any operation.
    static final String[] EVIL_TEXT = {
        "",
        " ",
        "0",
        "-1",
        "2147483648",
        "9223372036854775808",
        "1e309",
        "+1",
        "null",
        "true",
        "%",
        "%zz",
        "../..",
        "<script>alert(1)</script>",
        "' or 1=1 --",
        "\u202Eabc",
        "😀",
        "ا".repeat(5000),
        "a\u0000b",
        "+999999999-12-31T23:59:59-18:00",
        "0000-01-01",
        "9999-12-31T23:59:59Z",
        "2025-02-30",
        "*",
        "\"1\"",
        "W/\"x\""
    };
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    TestData data;

    JsonNode contract;
    Random random;
    List<String> slugs;

    record Operation(String method, String path, JsonNode spec) {}

    @BeforeEach
    void seed() {
        data.reset();
        data.author("rami-fakhori", "رامي فاخوري");
        data.category("أخر-الأخبار", null);
        data.tag("سوريا");
        String slug = data.article("خبر عن سوريا")
                .authors("rami-fakhori")
                .category("أخر-الأخبار")
                .tags("سوريا")
                .create();
        slugs = List.of(slug, "rami-fakhori", "أخر-الأخبار", "سوريا", "no-such-slug");
        contract = ContractValidation.readContract();
        random = new Random(SEED);
    }

    @AfterEach
    void forget() {
        // Generated logins fail from 127.0.0.1, and generated writes leave content: neither may reach other tests.
        LoginFailures.forget();
        data.reset();
    }

    @Test
    void shouldAnswerEveryGeneratedRequestWithoutA5xxAndWithADeclaredProblem() throws Exception {
        List<Operation> operations = operations();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation operation = operations.get(i % operations.size());
            String role = ROLES[random.nextInt(ROLES.length)];
            String failure;
            String uri = operation.path();
            try {
                Sent sent = send(operation, role);
                uri = sent.uri();
                failure = check(operation, sent.response());
            } catch (Exception e) {
                failure = "no answer: " + e;
            }
            if (failure != null && failures.size() < 30) {
                failures.add(operation.method() + " " + uri + " as " + role + ": " + failure);
            }
        }
        assertTrue(failures.isEmpty(), "Generated requests that broke the contract:\n" + String.join("\n", failures));
    }

    record Sent(String uri, Response response) {}

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        contract.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }

    private Sent send(Operation operation, String role) throws Exception {
        RequestSpecification request = given().noFilters().urlEncodingEnabled(true);
        if (role != null) {
            request.header("Authorization", TestAuth.bearer(role));
        }
        String path = operation.path();
        for (JsonNode parameter : parameters(operation)) {
            String name = parameter.get("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            boolean required = parameter.path("required").asBoolean(false);
            switch (parameter.get("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", cap(pathValue(schema)));
                case "query" -> {
                    if (required || random.nextInt(3) == 0) {
                        request.queryParam(name, cap(textValue(schema)));
                    }
                }
                case "header" -> {
                    if (required || random.nextInt(3) == 0) {
                        request.header(name, headerSafe(textValue(schema)));
                    }
                }
                default -> {}
            }
        }
        JsonNode body = operation.spec().path("requestBody").path("content");
        if (body.isObject() && body.size() > 0 && random.nextInt(10) != 0) {
            Map.Entry<String, JsonNode> content = body.fields().next();
            String mediaType = content.getKey();
            request.contentType(mediaType + "; charset=UTF-8");
            if (mediaType.equals("application/x-ndjson")) {
                request.body(ndjson());
            } else if (mediaType.equals("multipart/form-data")) {
                multipart(request, generate(content.getValue().path("schema"), 0));
            } else {
                JsonNode value = random.nextInt(12) == 0
                        ? anyValue(0)
                        : generate(content.getValue().path("schema"), 0);
                request.body(JSON.writeValueAsString(value));
            }
        }
        Response response = request.request(operation.method().toUpperCase(), path);
        return new Sent(path, response);
    }

    /**
     * A form's fields as parts; its binary fields as files: bytes at random, or a real image's first and last bytes
     * around garbage, which passes every check but the decoder's.
     */
    private void multipart(RequestSpecification request, JsonNode form) {
        request.contentType("multipart/form-data");
        form.fields().forEachRemaining(field -> {
            if (field.getKey().equals("file")) {
                request.multiPart("file", "upload.jpg", fileBytes(), "image/jpeg");
            } else {
                String text = field.getValue().isTextual()
                        ? field.getValue().asText()
                        : field.getValue().toString();
                request.multiPart(field.getKey(), text, "text/plain; charset=UTF-8");
            }
        });
    }

    private byte[] fileBytes() {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        switch (random.nextInt(3)) {
            case 0 -> {
                return bytes;
            }
            case 1 -> {
                byte[] jpeg = new byte[bytes.length + 5];
                System.arraycopy(bytes, 0, jpeg, 3, bytes.length);
                jpeg[0] = (byte) 0xFF;
                jpeg[1] = (byte) 0xD8;
                jpeg[2] = (byte) 0xFF;
                jpeg[jpeg.length - 2] = (byte) 0xFF;
                jpeg[jpeg.length - 1] = (byte) 0xD9;
                return jpeg;
            }
            default -> {
                byte[] png = TestImages.png(16 + random.nextInt(64), 16 + random.nextInt(64));
                // Garbage over the pixel data, the header and the end left whole.
                for (int i = 40; i < png.length - 12; i++) {
                    png[i] = (byte) random.nextInt(256);
                }
                return png;
            }
        }
    }

    /** The status must be one the operation declares; an error must be a problem document that says it. */
    private String check(Operation operation, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return status + " " + response.asString();
        }
        if (!operation.spec().path("responses").has(String.valueOf(status))) {
            return "undeclared status " + status + ": " + response.asString();
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return status + " with content type " + type + ": " + response.asString();
            }
            Integer said = response.jsonPath().get("status");
            if (said == null || said != status || response.jsonPath().getString("type") == null) {
                return status + " with a problem that says otherwise: " + response.asString();
            }
        }
        return null;
    }

    private List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            parameters.add(resolve(parameter));
        }
        return parameters;
    }

    private String pathValue(JsonNode schema) {
        if (schema.path("type").asText().equals("integer")) {
            // Never an id that exists: a generated write must not change the accounts other tests log in with.
            String[] ids = {"0", "-1", "987654321", "9223372036854775807", "9223372036854775808", "abc", "1.5"};
            return ids[random.nextInt(ids.length)];
        }
        // Never empty: an empty segment names another resource (the collection), not this one.
        String value = random.nextInt(3) == 0 ? evilText() : slugs.get(random.nextInt(slugs.size()));
        return value.isBlank() ? "x" : value;
    }

    private String textValue(JsonNode schema) {
        if (random.nextInt(4) == 0) {
            return evilText();
        }
        JsonNode value = generate(schema, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String cap(String value) {
        return value.length() > MAX_PARAMETER ? value.substring(0, MAX_PARAMETER) : value;
    }

    private static String headerSafe(String value) {
        // A header carries no control characters and, here, no non-Latin-1 text (REST Assured would refuse it).
        StringBuilder safe = new StringBuilder();
        value.chars().filter(c -> c >= 0x20 && c < 0x7f).forEach(c -> safe.append((char) c));
        return cap(safe.toString());
    }

    private String evilText() {
        return EVIL_TEXT[random.nextInt(EVIL_TEXT.length)];
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** A value of the schema most of the time; at its bounds, or of another type, the rest of it. */
    private JsonNode generate(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (depth > 4 || random.nextInt(14) == 0) {
            return anyValue(depth);
        }
        if (schema.has("allOf")) {
            return generate(schema.get("allOf").get(0), depth);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return generate(choices.get(random.nextInt(choices.size())), depth);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    array.add(generate(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> integer(schema);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        Map<String, JsonNode> properties = new TreeMap<>();
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            boolean include = required.contains(property.getKey()) ? random.nextInt(12) != 0 : random.nextInt(2) == 0;
            if (include) {
                object.set(property.getKey(), generate(property.getValue(), depth + 1));
            }
        }
        if (random.nextInt(15) == 0) {
            object.put("notAField", "x");
        }
        return object;
    }

    private JsonNode integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -5;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1000;
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(min - 1);
            case 1 -> NODES.numberNode(max + 1);
            case 2 -> NODES.numberNode(Long.MAX_VALUE);
            default -> NODES.numberNode(min + (long) (random.nextDouble() * Math.max(1, max - min)));
        };
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (random.nextInt(8)) {
            case 0:
                return evilText();
            case 1:
                return "ب".repeat(schema.path("maxLength").asInt(300) + 1);
            default:
                break;
        }
        return switch (format) {
            case "date-time" -> random.nextBoolean() ? "2025-01-12T09:30:00+03:00" : "+999999999-12-31T23:59:59Z";
            case "date" -> "2025-01-12";
            case "email" -> "fuzz" + random.nextInt(1000) + "@example.com";
            case "uri", "url" -> random.nextBoolean() ? "https://example.com/صورة.jpg" : "javascript:alert(1)";
            default -> {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(6);
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                yield random.nextInt(6) == 0 ? "<p>" + text + "</p><script>x()</script>" : text.toString();
            }
        };
    }

    /** Any JSON at all: what a client with a bug sends. */
    private JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(3) == 0 ? Double.MAX_VALUE : -1);
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.textNode(evilText());
            case 4 -> NODES.numberNode(Long.MIN_VALUE);
            case 5 -> NODES.textNode("");
            case 6 -> NODES.arrayNode().add(anyValue(depth + 1));
            default -> NODES.objectNode().set("x", anyValue(depth + 1));
        };
    }

    private String ndjson() {
        StringBuilder lines = new StringBuilder();
        String[] kinds = {"author", "category", "tag", "article", "comment", "video"};
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            ObjectNode line = NODES.objectNode();
            line.put("type", kinds[random.nextInt(kinds.length)]);
            for (String field : List.of("name", "slug", "title", "body", "externalId", "article", "displayName")) {
                if (random.nextBoolean()) {
                    line.set(field, random.nextInt(5) == 0 ? anyValue(0) : NODES.textNode(string(NODES.objectNode())));
                }
            }
            lines.append(random.nextInt(10) == 0 ? "{not json" : line.toString())
                    .append('\n');
        }
        return lines.toString();
    }
}
