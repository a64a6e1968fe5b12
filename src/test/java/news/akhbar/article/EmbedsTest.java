package news.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each provider from each form editors paste it in, to one embed block and to html that keeps nothing else. */
class EmbedsTest {

    final ArticleBody body =
            new ArticleBody("https://taifpost.example", "/articles/", List.of("datawrapper.dwcdn.net"));

    List<Block> blocks(String html) {
        return body.blocks(ArticleBody.elements(body.sanitize(html)), Map.of());
    }

    Embed only(String html) {
        List<Block> embeds =
                blocks(html).stream().filter(b -> b.type() == Block.Type.embed).toList();
        assertEquals(1, embeds.size(), "embeds in " + body.sanitize(html));
        return embeds.get(0).embed();
    }

    @Test
    void shouldTurnAYouTubeIframeIntoANoCookiePlayer() {
        String pasted =
                "<p>قبل</p><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc\""
                        + " title=\"YouTube video player\" frameborder=\"0\" allow=\"autoplay\" allowfullscreen></iframe>";
        Embed embed = only(pasted);
        assertEquals("youtube", embed.provider());
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", embed.url());
        assertEquals("dQw4w9WgXcQ", embed.id());
        assertEquals("16:9", embed.aspectRatio());
        String html = body.sanitize(pasted);
        assertTrue(html.contains("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""), html);
        assertFalse(html.contains("www.youtube.com/embed"), html);
        assertFalse(html.contains("frameborder"), html);
    }

    @Test
    void shouldRecognizeABareYouTubeAddressOnALineOfItsOwn() {
        assertEquals(
                "dQw4w9WgXcQ",
                only("<p>https://youtu.be/dQw4w9WgXcQ</p><p>نص</p>").id());
        assertEquals(
                "dQw4w9WgXcQ",
                only("<p>https://www.youtube.com/shorts/dQw4w9WgXcQ</p>").id());
    }

    @Test
    void shouldKeepAWordPressEmbedBlockAndItsCaption() {
        Embed embed = only("<figure class=\"wp-block-embed is-type-video\"><div class=\"wp-block-embed__wrapper\">\n"
                + "https://vimeo.com/76979871\n</div><figcaption>لحظة الوصول</figcaption></figure>");
        assertEquals("vimeo", embed.provider());
        assertEquals("https://vimeo.com/76979871", embed.url());
        assertEquals("لحظة الوصول", embed.title());
        assertTrue(body.sanitize("<p>https://vimeo.com/76979871</p>")
                .contains("https://player.vimeo.com/video/76979871?dnt&#61;1"));
    }

    @Test
    void shouldTurnATweetSnippetIntoALinkWithItsWords() {
        String pasted = "<blockquote class=\"twitter-tweet\"><p lang=\"ar\" dir=\"rtl\">وصل الوفد إلى دمشق"
                + " <a href=\"https://t.co/xyz\">pic.twitter.com/xyz</a></p>&mdash; وكالة (@agency)"
                + " <a href=\"https://twitter.com/agency/status/1865000000000000000?ref_src=twsrc\">December 8, 2024</a>"
                + "</blockquote> <script async src=\"https://platform.twitter.com/widgets.js\"></script>";
        Embed embed = only(pasted);
        assertEquals("x", embed.provider());
        assertEquals("https://x.com/agency/status/1865000000000000000", embed.url());
        assertEquals("1865000000000000000", embed.id());
        assertTrue(embed.title().startsWith("وصل الوفد إلى دمشق"), embed.title());
        String html = body.sanitize(pasted);
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("blockquote"), html);
    }

    @Test
    void shouldRecognizeInstagramTikTokAndFacebookSnippets() {
        assertEquals(
                "https://www.instagram.com/p/C0abcDEF123/",
                only("<blockquote class=\"instagram-media\" data-instgrm-permalink="
                                + "\"https://www.instagram.com/p/C0abcDEF123/?utm_source=ig_embed\"><a href=\"x\">View</a>"
                                + "</blockquote>")
                        .url());
        Embed tiktok = only(
                "<blockquote class=\"tiktok-embed\" cite=\"https://www.tiktok.com/@news/video/7300000000000000000\""
                        + " data-video-id=\"7300000000000000000\"><section>…</section></blockquote>");
        assertEquals("tiktok", tiktok.provider());
        assertEquals("9:16", tiktok.aspectRatio());
        assertEquals(
                "https://www.facebook.com/taifpost/posts/pfbid02abc",
                only("<div class=\"fb-post\" data-href=\"https://www.facebook.com/taifpost/posts/pfbid02abc\"></div>")
                        .url());
        assertEquals(
                "https://www.facebook.com/taifpost/videos/123456789",
                only("<iframe src=\"https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com"
                                + "%2Ftaifpost%2Fvideos%2F123456789%2F&show_text=false\"></iframe>")
                        .url());
    }

    @Test
    void shouldRecognizeSoundCloudAndGoogleMaps() {
        Embed sound = only("<iframe width=\"100%\" height=\"166\" src=\"https://w.soundcloud.com/player/?url="
                + "https%3A//api.soundcloud.com/tracks/293&color=%23ff5500\"></iframe>");
        assertEquals("soundcloud", sound.provider());
        assertEquals("https://api.soundcloud.com/tracks/293", sound.url());
        Embed map = only("<iframe src=\"https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3329\" width=\"600\""
                + " height=\"450\" style=\"border:0;\" allowfullscreen loading=\"lazy\"></iframe>");
        assertEquals("googleMaps", map.provider());
        assertFalse(body.sanitize("<iframe src=\"https://www.google.com/maps/embed?pb=!1m18\"></iframe>")
                .contains("<iframe"));
    }

    @Test
    void shouldKeepAnIframeFromAnAllowlistedHostSandboxed() {
        String html = body.sanitize(
                "<iframe src=\"https://datawrapper.dwcdn.net/AbC12/3/\" width=\"600\" height=\"400\">" + "</iframe>");
        assertTrue(html.contains("src=\"https://datawrapper.dwcdn.net/AbC12/3/\""), html);
        assertTrue(html.contains("sandbox=\"allow-scripts allow-same-origin allow-popups\""), html);
        assertEquals(
                "600:400",
                only("<iframe src=\"https://datawrapper.dwcdn.net/AbC12/3/\" width=\"600\" height=\"400\">"
                                + "</iframe>")
                        .aspectRatio());
    }

    @Test
    void shouldDropAnIframeFromAnUnknownHost() {
        String html = body.sanitize("<p>نص</p><iframe src=\"https://evil.example/player\"></iframe>");
        assertFalse(html.contains("iframe"), html);
        assertFalse(html.contains("evil"), html);
        assertTrue(blocks("<p>نص</p><iframe src=\"https://evil.example/player\"></iframe>").stream()
                .noneMatch(b -> b.type() == Block.Type.embed));
    }

    @Test
    void shouldNotLetAForgedEmbedFigureThrough() {
        String html = body.sanitize("<figure data-embed=\"youtube\" data-embed-url=\"https://evil.example/x\">"
                + "<iframe src=\"https://evil.example/x\"></iframe><figcaption>صورة</figcaption></figure>");
        assertFalse(html.contains("data-embed"), html);
        assertFalse(html.contains("evil"), html);
    }

    @Test
    void shouldStoreTheSameBodyWhenItIsSentBackAsItWasRead() {
        String once = body.sanitize("<p>مقدمة</p><p>https://youtu.be/dQw4w9WgXcQ</p>"
                + "<blockquote class=\"twitter-tweet\"><p>نص التغريدة</p>"
                + "<a href=\"https://x.com/agency/status/1865\">date</a></blockquote>");
        assertEquals(once, body.sanitize(once));
    }

    @Test
    void shouldMoveAPlayerPastedInsideAParagraphAfterIt() {
        List<Block> blocks =
                blocks("<p>قال الشاهد <iframe src=\"https://player.vimeo.com/video/1234\"></iframe> ما رآه</p>");
        assertEquals(
                List.of(Block.Type.paragraph, Block.Type.embed),
                blocks.stream().map(Block::type).toList());
        assertEquals("قال الشاهد ما رآه", blocks.get(0).text().replaceAll("\\s+", " "));
    }

    @Test
    void shouldKeepAnEmbedOnlyBody() {
        assertNull(ArticleBody.refusal(body.sanitize("<p>https://youtu.be/dQw4w9WgXcQ</p>")));
    }

    @Test
    void shouldKeepTheLanguageAndDirectionOfAMarkedParagraph() {
        List<Block> blocks = blocks("<p>نص عربي</p><p lang=\"en\" dir=\"ltr\">Reuters contributed to this report.</p>");
        assertNull(blocks.get(0).lang());
        assertEquals("en", blocks.get(1).lang());
        assertEquals("ltr", blocks.get(1).dir());
    }
}
