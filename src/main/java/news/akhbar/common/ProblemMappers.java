package news.akhbar.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into an RFC 9457 problem document: no stack trace, no class name ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        RestResponse<Problem> response = respond(e.type(), e.getMessage(), uri, e.errors());
        if (e.headers().isEmpty()) {
            return response;
        }
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder.fromResponse(response);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                ProblemType.VALIDATION_FAILED,
                "Field '" + field + "' is not part of this resource.",
                uri,
                List.of(new Problem.InvalidParam(field, "body", "unknown field")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongType(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(
                    ProblemType.MALFORMED_JSON, "The body is not the JSON object this resource expects.", uri, null);
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(
                ProblemType.VALIDATION_FAILED,
                "Field '" + field + "' must be " + expected + ".",
                uri,
                List.of(new Problem.InvalidParam(field, "body", "must be " + expected)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> patch(MergePatch.PatchReadException e, UriInfo uri) {
        if (e.json() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e.json() instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        return malformed(e.json(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformed(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_JSON, "The body is not valid JSON.", uri, null);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public RestResponse<Problem> unauthenticated(RuntimeException e, UriInfo uri) {
        return RestResponse.ResponseBuilder.fromResponse(respond(
                        ProblemType.UNAUTHORIZED,
                        "Send a valid access token or API token as 'Authorization: Bearer …'.",
                        uri,
                        null))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation.", uri, null);
    }

    /** A unique key or a reference that a concurrent request got to first: the request conflicts, it is not our 500. */
    @ServerExceptionMapper
    public RestResponse<Problem> constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(
                ProblemType.CONFLICT, "The change conflicts with data stored meanwhile; reload and retry.", uri, null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public RestResponse<Problem> lostUpdate(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED, Preconditions.stale().getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.InvalidParam(
                    parameterName(violation.getPropertyPath()),
                    location(violation.getPropertyPath()),
                    violation.getMessage()));
        }
        boolean body = errors.stream().anyMatch(error -> "body".equals(error.in()));
        if (errors.stream().anyMatch(error -> "return value".equals(error.in()))) {
            // A response that breaks its own constraints is our bug, not the client's.
            LOG.errorf(e, "Response validation failed for %s", uri.getPath());
            return respond(ProblemType.INTERNAL_ERROR, null, uri, null);
        }
        errors.sort(Comparator.comparing(Problem.InvalidParam::name));
        String what = body ? "Field" : "Parameter";
        String detail = errors.size() == 1
                ? what + " '" + errors.get(0).name() + "' is invalid: "
                        + errors.get(0).message()
                : errors.size() + " " + what.toLowerCase() + "s are invalid.";
        return respond(body ? ProblemType.VALIDATION_FAILED : ProblemType.INVALID_PARAMETER, detail, uri, errors);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null && resource.getResourceMethod() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; it is the client's input that is wrong.
            List<Problem.InvalidParam> errors = unconvertible(resource.getResourceMethod(), uri);
            if (!errors.isEmpty()) {
                return respond(
                        ProblemType.INVALID_PARAMETER,
                        "Parameter '" + errors.get(0).name() + "' is invalid: "
                                + errors.get(0).message(),
                        uri,
                        errors);
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
                    .header("Allow", e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        if (isDatabaseUnreachable(e)) {
            LOG.warnf("Request to %s: the database does not answer (%s)", uri.getPath(), rootMessage(e));
            return RestResponse.ResponseBuilder.fromResponse(respond(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database; try again shortly.",
                            uri,
                            null))
                    .header("Retry-After", "5")
                    .build();
        }
        LOG.errorf(e, "Request to %s failed", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, null, uri, null);
    }

    /** A lost or refused database connection, or a pool that could not get one in time: temporary, so 503. */
    static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.net.SocketException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql
                    && (sql.getSQLState() != null
                                    && (sql.getSQLState().startsWith("08")
                                            || sql.getSQLState().equals("90067"))
                            || String.valueOf(sql.getMessage()).toLowerCase().contains("acquisition timeout"))) {
                return true;
            }
            // The pool could not hand out a working connection (it may fail while enlisting a broken one).
            if (cause instanceof org.hibernate.exception.GenericJDBCException jdbc
                    && String.valueOf(jdbc.getMessage()).startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static RestResponse<Problem> respond(
            ProblemType type, String detail, UriInfo uri, List<Problem.InvalidParam> errors) {
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail != null ? detail : defaultDetail(type),
                uri.getRequestUri().getRawPath(),
                errors);
        return RestResponse.ResponseBuilder.<Problem>create(type.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String defaultDetail(ProblemType type) {
        return type == ProblemType.INTERNAL_ERROR
                ? "The server could not answer this request. It has been logged."
                : null;
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is published at this address.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that HTTP method.";
            case NOT_ACCEPTABLE -> "This resource answers with application/json only.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
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

    /** A query parameter's name, or the path of a body field after the parameter ({@code featuredImage.url}). */
    private static String parameterName(Path path) {
        String parameter = "";
        StringBuilder field = new StringBuilder();
        // Validated directly (a merged patch), the path starts at the bean's own properties.
        boolean afterParameter =
                path.iterator().hasNext() && path.iterator().next().getKind() == ElementKind.PROPERTY;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                afterParameter = true;
            } else if (afterParameter
                    && node.getName() != null
                    && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            } else if (afterParameter && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset";
        }
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.toString().toLowerCase())
                            .toList();
        }
        return "an object";
    }

    private static String location(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return "return value";
            }
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                return "body";
            }
        }
        return "query";
    }
}
