package news.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text becomes terms. Every text field exists once per analysis ({@code title.ar}, {@code title.en},
 * {@code title.std}): an article is indexed with the analysis of its language, and a query is analysed for each.
 *
 * <p>Every analysis normalizes Arabic the same way (hamza and alef forms, alef maksura, ta marbuta, tatweel,
 * diacritics, Persian yeh and keheh) and folds every decimal digit (Arabic-Indic, Persian) to ASCII, and all of them
 * drop the same stop words, Arabic and English: a stop word in the query then vanishes from every field's clause
 * instead of being required in one of them.
 */
final class SearchAnalyzers {

    /**
     * Stored in the index: an index built by another version is rebuilt on start. Raise on any change here or in what
     * the index keeps (2: title and body stored with their offsets).
     */
    static final String VERSION = "2";

    static final String AR = "ar";
    static final String EN = "en";
    static final String STD = "std";
    static final String[] KINDS = {AR, EN, STD};

    /** Normalized words and their prefixes (index) or the words alone (query), for suggestions. */
    static final String SUGGEST = "suggest";

    /** Longer words are suggested from their first this many characters. */
    static final int MAX_PREFIX = 20;

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer WORDS = new Normalized(Stemming.NONE, false, false);

    private SearchAnalyzers() {}

    /** The analysis an article of this language is indexed with. */
    static String kind(String lang) {
        String language = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (language.equals("ar") || language.startsWith("ar-")) {
            return AR;
        }
        if (language.equals("en") || language.startsWith("en-")) {
            return EN;
        }
        return STD;
    }

    static String field(String name, String kind) {
        return name + "." + kind;
    }

    /** For indexing; {@link #SUGGEST} gets prefixes. */
    static Analyzer indexing() {
        return perField(true);
    }

    /** For queries and highlighting. */
    static Analyzer querying() {
        return perField(false);
    }

    /** The words of a name or a query, normalized, stop words kept, no stemming: what suggestions compare. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Analyzer perField(boolean indexing) {
        Map<String, Analyzer> byField = new HashMap<>();
        Analyzer arabic = new Normalized(Stemming.ARABIC, true, false);
        Analyzer english = new Normalized(Stemming.ENGLISH, true, false);
        Analyzer standard = new Normalized(Stemming.NONE, true, false);
        for (String name : SearchFields.TEXT) {
            byField.put(field(name, AR), arabic);
            byField.put(field(name, EN), english);
            byField.put(field(name, STD), standard);
        }
        // Suggestions keep stop words: "في" is a fine start of a title.
        byField.put(SUGGEST, new Normalized(Stemming.NONE, false, indexing));
        return new PerFieldAnalyzerWrapper(standard, byField);
    }

    private enum Stemming {
        ARABIC,
        ENGLISH,
        NONE
    }

    private static final class Normalized extends Analyzer {

        private final Stemming stemming;
        private final boolean stopWords;
        private final boolean prefixes;

        Normalized(Stemming stemming, boolean stopWords, boolean prefixes) {
            this.stemming = stemming;
            this.stopWords = stopWords;
            this.prefixes = prefixes;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = normalize(fieldName, source);
            if (stopWords) {
                stream = new StopFilter(stream, STOP_WORDS);
            }
            if (stemming == Stemming.ARABIC) {
                stream = new ArabicStemFilter(stream);
            } else if (stemming == Stemming.ENGLISH) {
                stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
            }
            if (prefixes) {
                stream = new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            TokenStream stream = new LowerCaseFilter(in);
            stream = new DecimalDigitFilter(stream);
            stream = new PersianNormalizationFilter(stream);
            return new ArabicNormalizationFilter(stream);
        }
    }

    /** Arabic and English stop words, normalized the way the text they are compared with is. */
    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(1024, true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        Analyzer normalizer = new Normalized(Stemming.NONE, false, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            words.add(normalizer.normalize("", text).utf8ToString());
        }
        normalizer.close();
        return CharArraySet.unmodifiableSet(words);
    }
}
