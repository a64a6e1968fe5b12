package news.akhbar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.akhbar.common.text.TextDirection;

class TextDirectionTest {

    @ParameterizedTest
    @CsvSource({
        "ar,rtl",
        "ar-EG,rtl",
        "fa,rtl",
        "he,rtl",
        "ur,rtl",
        "ckb,rtl",
        "ps,rtl",
        "yi,rtl",
        "en,ltr",
        "fr-FR,ltr",
        "tr,ltr",
        "az-Arab,rtl",
        "ku-Latn,ltr",
        "ku,rtl",
        "zh-Hant,ltr"
    })
    void shouldDeriveDirectionFromTheLanguageTag(String lang, String dir) {
        assertEquals(dir, TextDirection.of(lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en-GB", "az-Arab", "zh-Hant-TW"})
    void shouldAcceptWellFormedTags(String lang) {
        assertTrue(TextDirection.isWellFormed(lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a language", "ar_EG", "123456789"})
    void shouldRejectMalformedTags(String lang) {
        assertFalse(TextDirection.isWellFormed(lang));
    }
}
