package news.akhbar.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into an RFC 9457 problem document: no stack trace, no class name ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.InvalidParam(parameterName(violation.getPropertyPath()),
                    location(violation.getPropertyPath()), violation.getMessage()));
        }
        if (errors.stream().anyMatch(error -> "return value".equals(error.in()))) {
            // A response that breaks its own constraints is our bug, not the client's.
            LOG.errorf(e, "Response validation failed for %s", uri.getPath());
            return respond(ProblemType.INTERNAL_ERROR, null, uri, null);
        }
        errors.sort(Comparator.comparing(Problem.InvalidParam::name));
        String detail = errors.size() == 1
                ? "Parameter '" + errors.get(0).name() + "' is invalid: " + errors.get(0).message()
                : errors.size() + " parameters are invalid.";
        return respond(ProblemType.INVALID_PARAMETER, detail, uri, errors);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null && resource.getResourceMethod() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; it is the client's input that is wrong.
            List<Problem.InvalidParam> errors = unconvertible(resource.getResourceMethod(), uri);
            if (!errors.isEmpty()) {
                return respond(ProblemType.INVALID_PARAMETER,
                        "Parameter '" + errors.get(0).name() + "' is invalid: " + errors.get(0).message(), uri, errors);
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            LOG.errorf(e, "Request to %s failed", uri.getPath());
            return respond(type, null, uri, null);
        }
        RestResponse<Problem> response = respond(type, detailFor(type), uri, null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return RestResponse.ResponseBuilder.fromResponse(response)
                    .header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Request to %s failed", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, null, uri, null);
    }

    static RestResponse<Problem> respond(ProblemType type, String detail, UriInfo uri, List<Problem.InvalidParam> errors) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                detail != null ? detail : defaultDetail(type), uri.getRequestUri().getRawPath(), errors);
        return RestResponse.ResponseBuilder.<Problem>create(type.status()).entity(problem).type(Problem.MEDIA_TYPE).build();
    }

    private static String defaultDetail(ProblemType type) {
        return type == ProblemType.INTERNAL_ERROR ? "The server could not answer this request. It has been logged." : null;
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is published at this address.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that HTTP method.";
            case NOT_ACCEPTABLE -> "This resource answers with application/json only.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json.";
            default -> "The request could not be understood.";
        };
    }

    private static List<Problem.InvalidParam> unconvertible(Method method, UriInfo uri) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            Class<?> type = parameter.getType();
            boolean integral = type == int.class || type == Integer.class || type == long.class || type == Long.class;
            if (query == null || !integral) {
                continue;
            }
            for (String value : uri.getQueryParameters().getOrDefault(query.value(), List.of())) {
                try {
                    Long.parseLong(value.strip());
                } catch (NumberFormatException notANumber) {
                    errors.add(new Problem.InvalidParam(query.value(), "query", "expected a whole number"));
                }
            }
        }
        return errors;
    }

    private static String parameterName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static String location(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return "return value";
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                return "body";
            }
        }
        return "query";
    }
}
