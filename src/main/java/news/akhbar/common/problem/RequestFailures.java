package news.akhbar.common.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;

/** Reads what went wrong out of an exception: which parameter or field, what type, or whether the database is away. */
public final class RequestFailures {

    private RequestFailures() {}

    /** A lost or refused database connection, or a pool that could not get one in time: temporary, so 503. */
    static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getSQLState() != null
                                    && (sql.getSQLState().startsWith("08")
                                            || sql.getSQLState().equals("90067"))
                            || String.valueOf(sql.getMessage()).toLowerCase().contains("acquisition timeout"))) {
                return true;
            }
            // The pool could not hand out a working connection (it may fail while enlisting a broken one).
            if (cause instanceof GenericJDBCException jdbc
                    && String.valueOf(jdbc.getMessage()).startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static List<Problem.InvalidParam> unconvertible(Method method, UriInfo uri) {
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
    static String parameterName(Path path) {
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

    static String jsonPath(JsonMappingException e) {
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

    /** What a body field that Jackson could not read must be, for a line of an import as for a request body. */
    public static String wrongValue(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType()
                : e instanceof ValueInstantiationException creator && creator.getType() != null
                        ? creator.getType().getRawClass()
                        : null;
        return "field '" + jsonPath(e) + "' must be " + (target == null ? "another type" : describe(target));
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.toString().toLowerCase())
                            .toList();
        }
        return "an object";
    }

    static String location(Path path) {
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
