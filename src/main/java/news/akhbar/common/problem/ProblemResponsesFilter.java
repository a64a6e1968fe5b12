package news.akhbar.common.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Says once, here, what every operation can answer, from its shape: 404 on a templated path, 412 when it takes
 * If-Match, 400 when it reads a body or query parameters, 413/415 for bodies, 406, 500 and 503 everywhere, and
 * for protected operations 401, 403 and the roles that may call them (taken from {@code @RolesAllowed}).
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (var entry : openAPI.getPaths().getPathItems().entrySet()) {
            boolean templated = entry.getKey().contains("{");
            boolean publicPath = !entry.getKey().startsWith("/api/v1/admin");
            for (var method : entry.getValue().getOperations().entrySet()) {
                Operation operation = method.getValue();
                APIResponses responses = operation.getResponses();
                if (publicPath && method.getKey() == PathItem.HttpMethod.GET) {
                    cacheable(operation);
                }
                if (publicPath
                        && (method.getKey() == PathItem.HttpMethod.GET
                                || method.getKey() == PathItem.HttpMethod.POST
                                        && entry.getKey().endsWith("/comments")
                                        && !entry.getKey().startsWith("/wp-json/"))) {
                    rateLimited(operation);
                }
                if (templated) {
                    add(responses, "404", "NotFound");
                }
                if (hasParameter(operation, "header", "If-Match")) {
                    add(responses, "412", "PreconditionFailed");
                }
                if (operation.getRequestBody() != null) {
                    add(responses, "400", "ValidationFailed");
                }
                if (hasParameter(operation, "query", null)) {
                    add(responses, "400", "InvalidParameter");
                }
                add(responses, "406", "NotAcceptable");
                add(responses, "500", "InternalError");
                add(responses, "503", "ServiceUnavailable");
                if (operation.getRequestBody() != null) {
                    add(responses, "413", "PayloadTooLarge");
                    add(responses, "415", "UnsupportedMediaType");
                }
                List<String> roles = roles(operation);
                if (roles != null) {
                    replace(responses, "401", "Unauthorized");
                    replace(responses, "403", "Forbidden");
                    String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
                    operation.setDescription(description + "Roles: " + String.join(", ", roles) + ".");
                }
            }
        }
    }

    /** Counted by the public rate limits: their headers on success, 429 when the quota is used up. */
    private static void rateLimited(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                response.addHeader("RateLimit", OASFactory.createHeader().ref("#/components/headers/RateLimit"));
                response.addHeader(
                        "RateLimit-Policy", OASFactory.createHeader().ref("#/components/headers/RateLimit-Policy"));
            }
        });
        add(operation.getResponses(), "429", "TooManyRequests");
    }

    /**
     * Public reads: Cache-Control, ETag, Surrogate-Key and Vary on 200, If-None-Match accepted, 304 when it matches.
     */
    private static void cacheable(Operation operation) {
        var ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && ok.getRef() == null) {
            ok.addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/PublicETag"));
            ok.addHeader("Cache-Control", OASFactory.createHeader().ref("#/components/headers/Cache-Control"));
            ok.addHeader("Surrogate-Key", OASFactory.createHeader().ref("#/components/headers/Surrogate-Key"));
            ok.addHeader("Vary", OASFactory.createHeader().ref("#/components/headers/Vary"));
        }
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/If-None-Match"));
        add(operation.getResponses(), "304", "NotModified");
    }

    private static boolean hasParameter(Operation operation, String in, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> parameter.getIn() != null
                                && parameter.getIn().toString().equalsIgnoreCase(in)
                                && (name == null || name.equalsIgnoreCase(parameter.getName())));
    }

    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return null;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            for (Map.Entry<String, List<String>> scheme :
                    requirement.getSchemes().entrySet()) {
                if (scheme.getValue() != null && !scheme.getValue().isEmpty()) {
                    return scheme.getValue();
                }
            }
        }
        return null;
    }

    private static void add(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        }
    }

    private static void replace(APIResponses responses, String status, String name) {
        responses.removeAPIResponse(status);
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
    }
}
