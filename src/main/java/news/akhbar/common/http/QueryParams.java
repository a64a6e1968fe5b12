package news.akhbar.common.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
        OffsetDateTime instant;
        boolean wholeDay = value.length() == 10;
        try {
            instant = wholeDay
                    ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            // A parse failure, or a valid instant that no longer fits once moved to UTC (+999999999-12-31T…+18:00).
            throw ProblemException.invalidQueryParameter(
                    name,
                    "expected an ISO-8601 date-time with offset (2025-01-12T09:30:00+03:00) or a date (2025-01-12)");
        }
        // Both databases keep four-digit years; no article was or will be published outside them.
        if (instant.getYear() < 1 || instant.getYear() > 9999) {
            throw ProblemException.invalidQueryParameter(name, "must be between 0001-01-01 and 9999-12-31");
        }
        return wholeDay && upperBound ? instant.plusDays(1) : instant;
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

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent; else a 400 naming it. */
    public static int wholeNumber(String name, String value, int min, int max, int fallback) {
        return PageParams.parse(name, value, fallback, max, min);
    }

    /** An optional parameter sent empty is absent. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A repeatable parameter without its empty values. */
    public static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(value -> !value.isBlank()).toList();
    }
}
