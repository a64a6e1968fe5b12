package news.akhbar.common.http;

import java.util.regex.Pattern;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import news.akhbar.common.problem.ProblemException;

/**
 * The {@code page} and {@code size} query parameters of every list, documented once in the contract. Read as text and
 * parsed here, so that a value that is not a number, or does not fit one, is a 400 that names the parameter.
 */
public class PageParams {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 1.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Items per page, 1 to 100.",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "100",
                            defaultValue = "20"))
    String size;

    public PageRequest toRequest() {
        return of(page, size, PageRequest.DEFAULT_SIZE);
    }

    static PageRequest of(String page, String size, int defaultSize) {
        return new PageRequest(
                parse("page", page, 1, Integer.MAX_VALUE, 1),
                parse("size", size, defaultSize, PageRequest.MAX_SIZE, 1));
    }

    static int parse(String name, String value, int fallback, int max, int min) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        // Not stripped: "+1" in a query is " 1", and a number with anything around it is not a number.
        String digits = value;
        if (!WHOLE_NUMBER.matcher(digits).matches()) {
            throw ProblemException.invalidQueryParameter(name, "expected a whole number");
        }
        // Longer than any int: out of range rather than a parse failure.
        long number = digits.length() > 11
                ? (digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE)
                : Long.parseLong(digits);
        if (number < min) {
            throw ProblemException.invalidQueryParameter(name, "must be greater than or equal to " + min);
        }
        if (number > max) {
            throw ProblemException.invalidQueryParameter(name, "must be less than or equal to " + max);
        }
        return (int) number;
    }

    /** Lists short enough to be read whole in most sites (categories, tags): 100 items per page by default. */
    public static class WholeList {

        @QueryParam("page")
        @Parameter(
                description = "Page number, from 1.",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
        String page;

        @QueryParam("size")
        @Parameter(
                description =
                        "Items per page, 1 to 100; 100 by default, so that most sites get the whole list at once.",
                schema =
                        @Schema(
                                type = SchemaType.INTEGER,
                                format = "int32",
                                minimum = "1",
                                maximum = "100",
                                defaultValue = "100"))
        String size;

        public PageRequest toRequest() {
            return of(page, size, PageRequest.MAX_SIZE);
        }
    }
}
