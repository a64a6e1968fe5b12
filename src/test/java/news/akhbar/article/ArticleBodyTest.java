package news.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    @Test
    void shouldCountWordsWithLettersOrDigitsOnly() {
        // A dash or a lone punctuation mark is no word; Arabic-Indic digits and a fraction are.
        assertEquals(5, ArticleBody.wordCount("  قال الوزير — ، إن ٢٠٢٤ ½\n\n"));
    }

    @Test
    void shouldBreakWordsAtNoBreakSpaces() {
        assertEquals(3, ArticleBody.wordCount("أخر\u00a0الأخبار\tاليوم"));
    }

    @Test
    void shouldCountNothingInBlankText() {
        assertEquals(0, ArticleBody.wordCount(" \n "));
    }
}
