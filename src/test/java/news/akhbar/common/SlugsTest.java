package news.akhbar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import news.akhbar.common.text.Slugs;

class SlugsTest {

    @Test
    void shouldKeepArabicLettersAndDropPunctuation() {
        assertEquals(
                "الرئيس-السوري-أحمد-الشرع-يتحدث-عن-شكل-النظام",
                Slugs.fromTitle("الرئيس السوري “أحمد الشرع” يتحدث عن شكل النظام!"));
    }

    @Test
    void shouldDropTashkeelAndTatweel() {
        assertEquals("العربية-جميلة", Slugs.fromTitle("العَرَبِيّةُ جمـــيلة"));
    }

    @Test
    void shouldLowerCaseLatinAndKeepDigits() {
        assertEquals("syria-2025-elections", Slugs.fromTitle("Syria: 2025 Elections?"));
    }

    @Test
    void shouldValidateSlugs() {
        assertTrue(Slugs.isValid("أخر-الأخبار"));
        assertTrue(Slugs.isValid("rami-fakhori"));
        assertFalse(Slugs.isValid("two--hyphens"));
        assertFalse(Slugs.isValid("-leading"));
        assertFalse(Slugs.isValid("with space"));
        assertFalse(Slugs.isValid("a/b"));
    }

    @Test
    void shouldCutLongTitlesAtAWordBoundary() {
        String slug = Slugs.fromTitle("كلمة ".repeat(80));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(slug.endsWith("كلمة"));
    }

    @Test
    void shouldDropControlCharactersFromASlugItLooksUp() {
        assertEquals("سوريا", Slugs.normalize("سور\u0000يا\n"));
    }
}
