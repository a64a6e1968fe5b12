package news.akhbar.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An old WordPress address taken apart: the query string WordPress's "plain" links use ({@code ?p=123}), the
 * category, tag and author archives, and the site's permalink structure.
 */
final class Permalinks {

    /** What an old address names; {@code value} a slug or, for {@code *_NUMBER}, a WordPress id. */
    enum Kind {
        POST_SLUG,
        POST_NUMBER,
        CATEGORY_SLUG,
        CATEGORY_NUMBER,
        TAG_SLUG,
        AUTHOR_SLUG,
        AUTHOR_NUMBER
    }

    record Target(Kind kind, String value) {}

    private static final Map<String, String> TAGS = Map.of(
            "%year%", "(\\d{4})",
            "%monthnum%", "(\\d{1,2})",
            "%day%", "(\\d{1,2})",
            "%hour%", "(\\d{1,2})",
            "%minute%", "(\\d{1,2})",
            "%second%", "(\\d{1,2})",
            "%post_id%", "(\\d+)",
            "%postname%", "([^/]+)",
            "%category%", "(.+?)",
            "%author%", "([^/]+)");

    private static final Pattern TAG = Pattern.compile("%[a-z_]+%");

    private final Pattern structure;
    private final List<String> groups = new ArrayList<>();
    private final String categoryBase;
    private final String tagBase;
    private final String authorBase;

    Permalinks(WordPressConfig config) {
        StringBuilder regex = new StringBuilder("^");
        String pattern = trimSlashes(config.permalinkStructure());
        Matcher tag = TAG.matcher(pattern);
        int at = 0;
        while (tag.find()) {
            regex.append(Pattern.quote(pattern.substring(at, tag.start())));
            String group = TAGS.get(tag.group());
            if (group == null) {
                throw new IllegalArgumentException("akhbar.wordpress.permalink-structure: unknown tag " + tag.group());
            }
            regex.append(group);
            groups.add(tag.group());
            at = tag.end();
        }
        regex.append(Pattern.quote(pattern.substring(at))).append("$");
        if (!groups.contains("%postname%") && !groups.contains("%post_id%")) {
            throw new IllegalArgumentException(
                    "akhbar.wordpress.permalink-structure must hold %postname% or %post_id%: " + pattern);
        }
        this.structure = Pattern.compile(regex.toString());
        this.categoryBase = trimSlashes(config.categoryBase());
        this.tagBase = trimSlashes(config.tagBase());
        this.authorBase = trimSlashes(config.authorBase());
    }

    /** An address as a link holds it: a path, with or without a query, or a whole URL; percent-encoded or not. */
    Optional<Target> parse(String address) {
        String rest = address.strip();
        int scheme = rest.indexOf("://");
        if (scheme > 0) {
            int path = rest.indexOf('/', scheme + 3);
            rest = path < 0 ? "/" : rest.substring(path);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        Optional<Target> byQuery = fromQuery(query);
        if (byQuery.isPresent()) {
            return byQuery;
        }
        String path = trimSlashes(decode(rest));
        return archive(path).or(() -> post(path));
    }

    private static Optional<Target> fromQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(pair.substring(0, eq), decode(pair.substring(eq + 1)));
            }
        }
        if (isNumber(params.get("p"))) {
            return Optional.of(new Target(Kind.POST_NUMBER, params.get("p")));
        }
        if (isNumber(params.get("page_id"))) {
            return Optional.of(new Target(Kind.POST_NUMBER, params.get("page_id")));
        }
        if (isNumber(params.get("cat"))) {
            return Optional.of(new Target(Kind.CATEGORY_NUMBER, params.get("cat")));
        }
        if (isSlug(params.get("tag"))) {
            return Optional.of(new Target(Kind.TAG_SLUG, params.get("tag")));
        }
        if (isNumber(params.get("author"))) {
            return Optional.of(new Target(Kind.AUTHOR_NUMBER, params.get("author")));
        }
        if (isSlug(params.get("name"))) {
            return Optional.of(new Target(Kind.POST_SLUG, params.get("name")));
        }
        return Optional.empty();
    }

    /** {@code category/world/middle-east} names its last category; a trailing {@code page/2} is an archive page. */
    private Optional<Target> archive(String path) {
        String trimmed = path.replaceFirst("/page/\\d+$", "");
        List<String> segments = List.of(trimmed.split("/"));
        if (segments.size() < 2) {
            return Optional.empty();
        }
        String base = segments.get(0);
        String last = segments.get(segments.size() - 1);
        if (base.equals(categoryBase)) {
            return Optional.of(new Target(Kind.CATEGORY_SLUG, last));
        }
        if (segments.size() == 2 && base.equals(tagBase)) {
            return Optional.of(new Target(Kind.TAG_SLUG, last));
        }
        if (segments.size() == 2 && base.equals(authorBase)) {
            return Optional.of(new Target(Kind.AUTHOR_SLUG, last));
        }
        return Optional.empty();
    }

    private Optional<Target> post(String path) {
        // A paginated post (/slug/2/) and the old feed and comment-page suffixes are the same post.
        String trimmed = path.replaceFirst("/(\\d+|feed|amp|comment-page-\\d+)$", "");
        for (String candidate : trimmed.equals(path) ? List.of(path) : List.of(path, trimmed)) {
            Matcher matcher = structure.matcher(candidate);
            if (matcher.matches()) {
                int name = groups.indexOf("%postname%");
                return Optional.of(
                        name >= 0
                                ? new Target(Kind.POST_SLUG, matcher.group(name + 1))
                                : new Target(Kind.POST_NUMBER, matcher.group(groups.indexOf("%post_id%") + 1)));
            }
        }
        return Optional.empty();
    }

    private static boolean isNumber(String value) {
        return value != null && value.matches("\\d{1,18}");
    }

    private static boolean isSlug(String value) {
        return value != null && !value.isBlank();
    }

    /** Percent-decoding of a path: a {@code +} stays a plus, a malformed escape leaves the text as it is. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
