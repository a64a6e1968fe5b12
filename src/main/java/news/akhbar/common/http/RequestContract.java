package news.akhbar.common.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the server enforces on requests, said in the contract where annotations cannot say it once: If-Match is
 * required wherever a missing one is a 428, request bodies refuse fields they do not name (Jackson's
 * FAIL_ON_UNKNOWN_PROPERTIES, at any depth), and {@code from}/{@code to} take a date or a date-time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequestContract implements OASFilter {

    private static final String REF = "#/components/schemas/";

    /** The POSTs whose If-Match is optional: publishing again without one is safe (ArticleAdminService). */
    private static final List<String> OPTIONAL_IF_MATCH = List.of("/publish", "/unpublish", "/archive");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<String> requestSchemas = new HashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    requireIfMatch(path, method, operation);
                    dateOrDateTime(operation);
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        for (MediaType media : operation
                                .getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()) {
                            collectRefs(media.getSchema(), requestSchemas);
                        }
                    }
                }));
        closeRequestSchemas(openAPI, requestSchemas);
    }

    private static void requireIfMatch(String path, PathItem.HttpMethod method, Operation operation) {
        boolean optional =
                method == PathItem.HttpMethod.POST && OPTIONAL_IF_MATCH.stream().anyMatch(path::endsWith);
        if (operation.getParameters() == null || optional) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.setRequired(true);
            }
        }
    }

    private static void dateOrDateTime(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.QUERY
                    && ("from".equals(parameter.getName()) || "to".equals(parameter.getName()))) {
                parameter.setSchema(OASFactory.createSchema()
                        .anyOf(List.of(
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .format("date"),
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .format("date-time"))));
            }
        }
    }

    /** Every component schema a request body reaches gets {@code additionalProperties: false}. */
    private static void closeRequestSchemas(OpenAPI openAPI, Set<String> roots) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<String> pending = new ArrayDeque<>(roots);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            Schema schema = schemas.get(name);
            if (!seen.add(name) || schema == null) {
                continue;
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setAdditionalPropertiesBoolean(false);
            }
            Set<String> nested = new HashSet<>();
            collectRefs(schema, nested);
            pending.addAll(nested);
        }
    }

    private static void collectRefs(Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
            names.add(schema.getRef().substring(REF.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectRefs(property, names));
        }
        collectRefs(schema.getItems(), names);
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(member -> collectRefs(member, names));
            }
        }
    }
}
