package news.akhbar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every response a {@code @QuarkusTest} receives: against the contract, for undocumented fields, and for
 * leaked secrets ({@link SecretLeakCheck}). Validates every response a {@code @QuarkusTest} receives through REST Assured against the committed
 * openapi/openapi.yaml. Registered for all of them as a Quarkus test callback (META-INF/services), which runs in
 * the class loader of the test itself: a plain JUnit extension would configure a different copy of REST Assured.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static OpenApiValidationFilter validation;
    private static UndocumentedFields undocumented;
    private static final SecretLeakCheck SECRETS = new SecretLeakCheck();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(filter())) {
            RestAssured.filters(filter(), undocumentedFields(), SECRETS);
            // JSON is UTF-8 (RFC 8259), whatever the media type says; REST Assured would send merge patches as Latin-1.
            RestAssured.config = RestAssured.config()
                    .encoderConfig(EncoderConfig.encoderConfig()
                            .defaultContentCharset("UTF-8")
                            .defaultCharsetForContentType("UTF-8", "application/merge-patch+json")
                            .defaultCharsetForContentType("UTF-8", "application/x-ndjson")
                            .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT));
        }
    }

    public static synchronized OpenApiValidationFilter filter() {
        if (validation == null) {
            validation = new OpenApiValidationFilter(validator());
        }
        return validation;
    }

    public static synchronized UndocumentedFields undocumentedFields() {
        if (undocumented == null) {
            undocumented = new UndocumentedFields(readContract());
        }
        return undocumented;
    }

    /** Statuses, media types, headers, types and required fields, as swagger-request-validator checks them. */
    public static OpenApiInteractionValidator validator() {
        // swagger-parser finds its extensions through the context class loader, which Quarkus swaps in tests.
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(ContractValidation.class.getClassLoader());
        try {
            return OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            // Tests send invalid requests on purpose; what they get back must still be in the contract.
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                            // UndocumentedFields does this at every depth; the validator's own check misses nesting.
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    public static JsonNode readContract() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONTRACT, e);
        }
    }

    /**
     * Fails a test when a JSON response carries a field that the contract does not name, at any depth: such a field
     * is a leak (an email, an internal id) or an undocumented change. The published contract itself stays open, so
     * that adding a field is not a breaking change for clients.
     */
    public static final class UndocumentedFields implements Filter {

        private final JsonNode contract;
        private final ObjectMapper json = new ObjectMapper();

        UndocumentedFields(JsonNode contract) {
            this.contract = contract;
        }

        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification responseSpec,
                FilterContext context) {
            Response response = context.next(request, responseSpec);
            String contentType = response.getContentType();
            if (contentType != null && contentType.contains("json")) {
                List<String> fields = check(
                        request.getMethod(),
                        request.getURI(),
                        response.statusCode(),
                        contentType.split(";")[0].strip(),
                        response.asString());
                if (!fields.isEmpty()) {
                    throw new AssertionError(request.getMethod() + " " + request.getURI()
                            + " answered fields the contract does not name: " + fields);
                }
            }
            return response;
        }

        /** The undocumented fields of one response, as JSON pointers; empty when there is nothing to check. */
        public List<String> check(String method, String uri, int status, String mediaType, String body) {
            JsonNode schema = responseSchema(method, URI.create(uri).getRawPath(), status, mediaType);
            List<String> found = new ArrayList<>();
            if (schema != null && !body.isBlank()) {
                try {
                    walk(schema, json.readTree(body), "", found);
                } catch (IOException e) {
                    found.add("(body is not JSON)");
                }
            }
            return found;
        }

        private JsonNode responseSchema(String method, String path, int status, String mediaType) {
            // Of the templates that match, the one with the fewest placeholders wins (/comments/bulk, not
            // /comments/{id}), as routing does; not whichever the document happens to list first.
            JsonNode best = null;
            int fewest = Integer.MAX_VALUE;
            for (Iterator<Map.Entry<String, JsonNode>> paths =
                            contract.path("paths").fields();
                    paths.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = paths.next();
                String template = "^" + Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
                int placeholders = entry.getKey().split("\\{", -1).length - 1;
                JsonNode operation = entry.getValue().path(method.toLowerCase());
                if (Pattern.matches(template, path) && !operation.isMissingNode() && placeholders < fewest) {
                    best = operation;
                    fewest = placeholders;
                }
            }
            if (best == null) {
                return null;
            }
            JsonNode schema = resolve(best.path("responses").path(String.valueOf(status)))
                    .path("content")
                    .path(mediaType)
                    .path("schema");
            return schema.isMissingNode() ? null : schema;
        }

        private void walk(JsonNode schema, JsonNode value, String pointer, List<String> found) {
            schema = resolve(schema);
            if (value.isObject() && schema.has("properties")) {
                JsonNode properties = schema.get("properties");
                value.fields().forEachRemaining(field -> {
                    if (properties.has(field.getKey())) {
                        walk(properties.get(field.getKey()), field.getValue(), pointer + "/" + field.getKey(), found);
                    } else {
                        found.add(pointer + "/" + field.getKey());
                    }
                });
            } else if (value.isArray() && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    walk(schema.get("items"), value.get(i), pointer + "/" + i, found);
                }
            }
        }

        private JsonNode resolve(JsonNode node) {
            while (node.has("$ref")) {
                node = contract.at(node.get("$ref").asText().substring(1));
            }
            return node;
        }
    }
}
