package news.akhbar.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.akhbar.common.http.MergePatch;
import news.akhbar.common.http.Preconditions;

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
        String field = RequestFailures.jsonPath(e);
        return respond(
                ProblemType.VALIDATION_FAILED,
                "Field '" + field + "' is not part of this resource.",
                uri,
                List.of(new Problem.InvalidParam(field, "body", "unknown field")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongType(MismatchedInputException e, UriInfo uri) {
        String field = RequestFailures.jsonPath(e);
        if (field.isEmpty()) {
            return respond(
                    ProblemType.MALFORMED_JSON, "The body is not the JSON object this resource expects.", uri, null);
        }
        String expected = e.getTargetType() == null ? "another type" : RequestFailures.describe(e.getTargetType());
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
                    RequestFailures.parameterName(violation.getPropertyPath()),
                    RequestFailures.location(violation.getPropertyPath()),
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
            List<Problem.InvalidParam> errors = RequestFailures.unconvertible(resource.getResourceMethod(), uri);
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
        if (RequestFailures.isDatabaseUnreachable(e)) {
            LOG.warnf(
                    "Request to %s: the database does not answer (%s)", uri.getPath(), RequestFailures.rootMessage(e));
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
}
