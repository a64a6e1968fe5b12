package news.akhbar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.akhbar.common.text.NameOrder;

class NameOrderTest {

    private record Term(String name, String slug) {}

    @Test
    void shouldSortAlefFormsTogetherRatherThanByCodePoint() {
        List<Term> terms = List.of(
                new Term("سوريا", "syria"),
                new Term("اقتصاد", "economy"),
                new Term("أخبار", "news"),
                new Term("بيئة", "environment"),
                new Term("آراء", "opinion"));

        List<String> names = NameOrder.sorted(terms, "ar", Term::name, Term::slug).stream()
                .map(Term::name)
                .toList();

        // By code point آ (U+0622) would come before أ (U+0623); a reader expects أخبار before آراء (خ before ر).
        assertEquals(List.of("أخبار", "آراء", "اقتصاد", "بيئة", "سوريا"), names);
    }

    @Test
    void shouldOrderEqualNamesBySlug() {
        List<Term> terms =
                List.of(new Term("حلب", "aleppo-2"), new Term("حلب", "aleppo"), new Term("دمشق", "damascus"));

        List<String> slugs = NameOrder.sorted(terms, "ar", Term::name, Term::slug).stream()
                .map(Term::slug)
                .toList();

        assertEquals(List.of("aleppo", "aleppo-2", "damascus"), slugs);
    }

    @Test
    void shouldIgnoreCaseInEnglishNames() {
        List<Term> terms = List.of(new Term("zebra", "z"), new Term("Apple", "a"), new Term("banana", "b"));

        List<String> names = NameOrder.sorted(terms, "en", Term::name, Term::slug).stream()
                .map(Term::name)
                .toList();

        assertEquals(List.of("Apple", "banana", "zebra"), names);
    }
}
