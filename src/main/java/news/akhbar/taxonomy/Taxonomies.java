package news.akhbar.taxonomy;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** What categories and tags share: names sorted in the site's language. */
final class Taxonomies {

    private Taxonomies() {}

    /**
     * By name with the collation of the site's language, the same on every database; a site has hundreds of
     * categories and tags, not millions, so lists are sorted in memory.
     */
    static <T> Comparator<T> byName(String siteLang, Function<T, String> name, Function<T, String> slug) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(siteLang));
        return Comparator.comparing(name, collator).thenComparing(slug);
    }
}
