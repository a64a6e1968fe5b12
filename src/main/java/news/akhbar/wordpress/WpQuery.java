package news.akhbar.wordpress;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * WordPress's query parameters as its clients send them: lists as {@code 1,2}, repeated, or {@code name[]=} (what
 * node-wpapi writes); dates with or without an offset (without: the site's time, UTC here).
 */
final class WpQuery {

    private final MultivaluedMap<String, String> params;

    WpQuery(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    private List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            List<String> sent = params.get(key);
            if (sent != null) {
                for (String value : sent) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            values.add(part.strip());
                        }
                    }
                }
            }
        }
        return values;
    }

    boolean has(String name) {
        return params.containsKey(name) || params.containsKey(name + "[]");
    }

    /** Null when not sent. */
    Set<Long> ids(String name) {
        if (!has(name)) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values(name)) {
            try {
                long id = Long.parseLong(value);
                if (id < 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw WordPressError.invalidParam(name, name + "[0] is not of type integer.");
            }
        }
        return ids;
    }

    Set<String> strings(String name) {
        return has(name) ? new LinkedHashSet<>(values(name)) : null;
    }

    String string(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw WordPressError.invalidParam(
                    name, name + " must be between " + min + " (inclusive) and " + max + " (inclusive)");
        }
    }

    String oneOf(String name, String fallback, List<String> allowed) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw WordPressError.invalidParam(name, name + " is not one of " + String.join(", ", allowed) + ".");
        }
        return value;
    }

    OffsetDateTime date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw WordPressError.invalidParam(name, "Invalid date.");
            }
        }
    }

    boolean flag(String name) {
        return params.containsKey(name) && !"false".equals(params.getFirst(name)) && !"0".equals(params.getFirst(name));
    }
}
