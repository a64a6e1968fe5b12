package news.akhbar.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import news.akhbar.common.problem.ProblemException;

/**
 * Unicode slugs: Arabic letters stay Arabic ({@code الأخبار-العاجلة}), Latin letters are lower-cased.
 * Lookups and storage both go through {@link #normalize} so that a percent-decoded path segment
 * matches whatever form the editor typed.
 */
public final class Slugs {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    public static final int MAX_LENGTH = 200;
    /** Letters, combining marks and digits of any script, in runs joined by single hyphens. */
    public static final String PATTERN = "^[\\p{L}\\p{M}\\p{N}]+(-[\\p{L}\\p{M}\\p{N}]+)*$";

    private static final Pattern VALID = Pattern.compile(PATTERN);
    // Arabic tashkeel (harakat) and tatweel only decorate a word; a slug keeps the bare letters.
    private static final Pattern ARABIC_DECORATION = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Slugs() {}

    /**
     * A slug as a client sends it, in the form slugs are stored: NFC, lower case, and without control characters,
     * which no stored slug has and PostgreSQL refuses in a text parameter (U+0000 made a lookup a 500).
     */
    public static String normalize(String slug) {
        return slug == null
                ? null
                : Normalizer.normalize(withoutControls(slug).strip(), Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT);
    }

    // Every public read by slug passes here: the common case costs a scan of the characters, not a regex.
    private static String withoutControls(String slug) {
        return slug.chars().anyMatch(Character::isISOControl)
                ? CONTROL.matcher(slug).replaceAll("")
                : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    /**
     * The slug a client asked for, or one made from {@code source} (a name or title); 400 naming {@code slug}, or
     * {@code sourceField} when generated, if it gives no valid slug.
     */
    public static String checked(String requested, String source, String sourceField) {
        String slug = normalize(requested != null ? requested : fromTitle(source));
        if (!isValid(slug)) {
            throw ProblemException.invalidField(
                    requested != null ? "slug" : sourceField,
                    "gives no valid slug: letters, digits and single hyphens only");
        }
        return slug;
    }

    /** A slug made from a title: punctuation dropped, words joined by hyphens, Arabic kept. */
    public static String fromTitle(String title) {
        String text = ARABIC_DECORATION.matcher(normalize(title)).replaceAll("");
        String slug = SEPARATORS.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug;
        }
        return slug;
    }
}
