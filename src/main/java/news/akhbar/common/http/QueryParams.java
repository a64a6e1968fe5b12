package news.akhbar.common.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.text.TextDirection;

/** Parsing of query parameters whose type JAX-RS cannot express, with problems that name the parameter. */
public final class QueryParams {

    private QueryParams() {}

    /**
     * An ISO-8601 instant with offset ({@code 2025-01-12T09:30:00+03:00}) or a date ({@code 2025-01-12}, UTC).
     * A date as an upper bound means the whole day, so it becomes the start of the next day.
     */
    public static OffsetDateTime instant(String name, String value, boolean upperBound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (upperBound ? date.plusDays(1) : date).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidQueryParameter(
                    name,
                    "expected an ISO-8601 date-time with offset (2025-01-12T09:30:00+03:00) or a date (2025-01-12)");
        }
    }

    /** Appended to a LIKE whose pattern comes from {@link #containing}. */
    public static final String LIKE_ESCAPE = " escape '!'";

    /** A LIKE pattern for text anywhere, lower-cased, with the user's % and _ taken literally. */
    public static String containing(String text) {
        return "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
    }

    public static String language(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!TextDirection.isWellFormed(value)) {
            throw ProblemException.invalidQueryParameter(name, "expected a BCP 47 language tag such as ar or en-GB");
        }
        return TextDirection.normalize(value);
    }
}
