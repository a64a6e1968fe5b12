package news.akhbar.common.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import news.akhbar.common.problem.ProblemException;

/** Derives the writing direction of content from its BCP 47 language tag. */
public final class TextDirection {

    public static final String RTL = "rtl";
    public static final String LTR = "ltr";

    // ISO 639 codes of languages written right to left by default.
    private static final Set<String> RTL_LANGUAGES = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "khw", "ks", "ku", "mzn", "nqo", "pnb", "ps", "sd", "syr",
            "ug", "ur", "yi");
    // ISO 15924 scripts written right to left; a script subtag wins over the language (az-Arab, ku-Latn).
    private static final Set<String> RTL_SCRIPTS =
            Set.of("Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi");

    // Every response names the direction of its content several times, and parsing a tag into a Locale is not free.
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
    private static final int KNOWN_MAX = 1_000;

    private TextDirection() {}

    public static String of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return LTR;
        }
        String known = KNOWN.get(languageTag);
        if (known != null) {
            return known;
        }
        String direction = parse(languageTag);
        if (KNOWN.size() < KNOWN_MAX) {
            KNOWN.put(languageTag, direction);
        }
        return direction;
    }

    private static String parse(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return RTL_SCRIPTS.contains(script) ? RTL : LTR;
        }
        return RTL_LANGUAGES.contains(locale.getLanguage()) ? RTL : LTR;
    }

    /** The shape of a BCP 47 tag, for the contract; {@link #isWellFormed} checks the rest (RFC 5646 syntax). */
    public static final String TAG_PATTERN = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

    /** True for a well-formed BCP 47 tag such as {@code ar}, {@code en-GB} or {@code az-Arab}. */
    public static boolean isWellFormed(String languageTag) {
        if (languageTag == null || languageTag.isBlank() || languageTag.length() > 35) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(languageTag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The canonical form of a well-formed tag ({@code AR-eg} becomes {@code ar-EG}). */
    public static String normalize(String languageTag) {
        return new Locale.Builder().setLanguageTag(languageTag).build().toLanguageTag();
    }

    /** A body field's language tag, canonical; {@code fallback} when absent, 400 when malformed. */
    public static String checkedField(String field, String languageTag, String fallback) {
        if (languageTag == null) {
            return fallback;
        }
        if (!isWellFormed(languageTag)) {
            throw ProblemException.invalidField(field, "not a BCP 47 language tag");
        }
        return normalize(languageTag);
    }
}
