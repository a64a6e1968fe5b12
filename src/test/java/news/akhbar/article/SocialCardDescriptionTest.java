package news.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;

import org.junit.jupiter.api.Test;

import news.akhbar.article.ArticleResponse.SocialCard;

/** The description drawn from the body: its first words, whitespace collapsed, cut at a word boundary. */
class SocialCardDescriptionTest {

    @Test
    void shouldCollapseWhitespaceAndCutAtAWordBoundary() {
        String body = "  عاجل:\n\tسقوط   أمطار " + "غزيرة ".repeat(60);
        String description = SocialCard.start(body);
        assertEquals("عاجل: سقوط أمطار " + ("غزيرة ".repeat(30)).strip() + "…", description);
    }

    @Test
    void shouldKeepAShortBodyWhole() {
        assertEquals("خبر قصير جدا", SocialCard.start("\n خبر  قصير\r\nجدا \n"));
    }

    @Test
    void shouldGiveNoneForABlankBody() {
        assertNull(SocialCard.start(" \n\t "));
    }

    @Test
    void shouldAgreeWithCollapsingTheWholeBodyFirst() {
        Random random = new Random(42);
        String[] pieces = {"كلمة", "ب", "Word", " ", "  ", "\n", "\t", "\r\n", "\u00a0", "٢٠٢٤", "،"};
        for (int run = 0; run < 2_000; run++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(150);
            for (int i = 0; i < length; i++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(wholeBodyFirst(body.toString()), SocialCard.start(body.toString()), body::toString);
        }
    }

    /** What the description was before: every run of whitespace in the body collapsed, then cut. */
    private static String wholeBodyFirst(String text) {
        if (text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SocialCard.DESCRIPTION_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SocialCard.DESCRIPTION_LENGTH);
        return flat.substring(0, cut > 0 ? cut : SocialCard.DESCRIPTION_LENGTH) + "…";
    }
}
