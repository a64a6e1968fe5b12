package news.akhbar.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import news.akhbar.common.text.Slugs;

/**
 * What WordPress stores, as Akhbar takes it: block comments dropped (the HTML between them is the content), the
 * shortcodes a news post carries mapped ({@code [caption]} to a figure, {@code [embed]}, {@code [video]} and
 * {@code [audio]} to a link), other shortcodes' tags dropped with their content kept, and the paragraphs WordPress
 * adds on display ({@code wpautop}) added to classic-editor text. The result still passes the article sanitizer.
 */
final class WordPressContent {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");
    private static final Pattern CAPTION = Pattern.compile(
            "\\[(?:wp_)?caption\\b[^\\]]*\\](.*?)\\[/(?:wp_)?caption\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_IMAGE = Pattern.compile(
            "^\\s*((?:<a\\b[^>]*>)?\\s*<img\\b[^>]*>\\s*(?:</a>)?)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED =
            Pattern.compile("\\[embed\\b[^\\]]*\\]\\s*(\\S+?)\\s*\\[/embed\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA = Pattern.compile(
            "\\[(?:video|audio)\\b[^\\]]*?\\b(?:src|mp4|mp3|url)=[\"']([^\"']+)[\"'][^\\]]*\\](?:\\s*\\[/(?:video|audio)\\])?",
            Pattern.CASE_INSENSITIVE);
    /** Shortcodes that show nothing without WordPress's plugins: dropped with everything between their tags. */
    private static final Pattern DROPPED = Pattern.compile(
            "\\[(gallery|playlist|contact-form-7|wpforms|ads?)\\b[^\\]]*\\](?:.*?\\[/\\1\\])?",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /**
     * Any other shortcode tag: an ASCII name with attributes, self-closed, or closed later. Brackets in running text
     * ({@code [1]}, {@code [تحديث]}, {@code [Update]}) are text and stay.
     */
    private static final Pattern SHORTCODE_OPEN =
            Pattern.compile("\\[([a-z][a-z0-9_-]*)(\\s+[^\\]]*=[^\\]]*|\\s*/)\\]", Pattern.CASE_INSENSITIVE);

    private static final Pattern SHORTCODE_CLOSE =
            Pattern.compile("\\[/([a-z][a-z0-9_-]*)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_OPEN = Pattern.compile("\\[([a-z][a-z0-9_-]*)\\]", Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "blockquote",
            "figure",
            "table",
            "pre",
            "hr",
            "iframe",
            "section",
            "aside",
            "dl");
    private static final Pattern FIRST_TAG = Pattern.compile("^\\s*<([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern HAS_PARAGRAPHS = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);

    private WordPressContent() {}

    static String html(String content) {
        if (content == null) {
            return "";
        }
        String html = BLOCK_COMMENT.matcher(content).replaceAll("");
        // Decided before the shortcodes below add paragraphs of their own.
        boolean classic = !HAS_PARAGRAPHS.matcher(html).find();
        html = replace(CAPTION, html, m -> {
            Matcher parts = CAPTION_IMAGE.matcher(m.group(1));
            return parts.matches()
                    ? "<figure>" + parts.group(1) + "<figcaption>"
                            + parts.group(2).strip() + "</figcaption></figure>"
                    : m.group(1);
        });
        html = replace(EMBED, html, m -> link(m.group(1)));
        html = replace(MEDIA, html, m -> link(m.group(1)));
        html = DROPPED.matcher(html).replaceAll("");
        html = dropShortcodeTags(html);
        return classic ? autop(html) : html;
    }

    private static String link(String url) {
        String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "\n\n<p><a href=\"" + escaped + "\">" + escaped + "</a></p>\n\n";
    }

    private static String dropShortcodeTags(String html) {
        Set<String> closed = new HashSet<>();
        Matcher close = SHORTCODE_CLOSE.matcher(html);
        while (close.find()) {
            closed.add(close.group(1).toLowerCase(Locale.ROOT));
        }
        String text = SHORTCODE_OPEN.matcher(html).replaceAll("");
        text = SHORTCODE_CLOSE.matcher(text).replaceAll("");
        // An opening tag without attributes ([quote]) is a shortcode only when its closing tag is there too.
        return replace(BARE_OPEN, text, m -> closed.contains(m.group(1).toLowerCase(Locale.ROOT)) ? "" : m.group());
    }

    /** Paragraphs from blank lines and line breaks from single newlines, as WordPress does when it shows a post. */
    static String autop(String text) {
        StringBuilder out = new StringBuilder();
        for (String chunk : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String part = chunk.strip();
            if (part.isEmpty()) {
                continue;
            }
            Matcher tag = FIRST_TAG.matcher(part);
            if (tag.find() && BLOCK_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
                out.append(part).append('\n');
            } else {
                out.append("<p>").append(part.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    /** A comment as plain text: WordPress keeps a little HTML in comments (links, emphasis), Akhbar keeps text. */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parseBodyFragment(autop(html));
        document.outputSettings().prettyPrint(false);
        document.select("br").append("\\n");
        document.select("p").prepend("\\n\\n");
        return document.text()
                .replace("\\n", "\n")
                .replaceAll("[ \t]*\n[ \t]*", "\n")
                .strip()
                .replaceAll("\n{3,}", "\n\n");
    }

    /**
     * A WordPress slug as Akhbar keeps it: WordPress stores non-ASCII slugs percent-encoded
     * ({@code %d8%a7%d9%84…}), Akhbar as the letters themselves; a slug with characters Akhbar's slugs do not
     * have (an underscore) is rebuilt from its words.
     */
    static String slug(String wordpressSlug) {
        if (wordpressSlug == null || wordpressSlug.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(wordpressSlug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = wordpressSlug;
        }
        String slug = Slugs.normalize(decoded);
        if (Slugs.isValid(slug)) {
            return slug;
        }
        String rebuilt = Slugs.fromTitle(decoded);
        return rebuilt.isEmpty() ? null : rebuilt;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
