package news.akhbar.article;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import news.akhbar.common.SiteConfig;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.content.Image;
import news.akhbar.common.text.Slugs;

/**
 * The three faces of an article body: sanitized HTML (what is stored), plain text and blocks.
 * Links to the site's article pages ({@code akhbar.site.article-url}) are internal links to other articles.
 */
@ApplicationScoped
class ArticleBody {

    /** On a library image: its stored {@code MediaRef}, written by ArticleWriter after sanitizing, read for blocks. */
    static final String MEDIA = "data-media";

    private static final int WORDS_PER_MINUTE = 200;
    private static final int MAX_LABEL_LENGTH = 60;
    // The allowlist: text structure, inline emphasis, links and images; nothing that runs or styles.
    private static final String[] ALLOWED_ELEMENTS =
            "p h2 h3 h4 h5 h6 blockquote ul ol li figure figcaption cite strong em b i u s sub sup br hr code pre span a img"
                    .split(" ");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");

    // Worth parsing a body for embeds only when it names a provider or pastes a player or a snippet. Searched for in
    // the lower-cased body one at a time: a case-insensitive regex alternation of them tried every branch at every
    // position of a body that has none, and took three quarters of sanitizing an article.
    private static final List<String> MAY_EMBED = List.of(
            "iframe",
            "data-embed",
            "twitter-tweet",
            "instagram",
            "tiktok",
            "fb-post",
            "fb-video",
            "youtu",
            "vimeo",
            "twitter.com",
            "x.com/",
            "facebook.com",
            "soundcloud",
            "google.com/maps",
            "goo.gl");
    private static final Pattern EMBED_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern EMBED_URL = Pattern.compile("https://[^\\s\"'<>]{1,3000}");

    private final PolicyFactory policy;
    private final Embeds embeds;
    private final URI site;
    private final String articlePath;

    @Inject
    ArticleBody(SiteConfig site, EmbedConfig embeds) {
        this(site.url(), SiteUrls.articlePathPrefix(site.articleUrl()), embeds.iframeHosts());
    }

    ArticleBody(String siteUrl, String articlePath, List<String> iframeHosts) {
        this.site = URI.create(siteUrl);
        this.articlePath = articlePath.endsWith("/") ? articlePath : articlePath + "/";
        this.embeds = new Embeds(iframeHosts);
        this.policy = new HtmlPolicyBuilder()
                .allowElements(ALLOWED_ELEMENTS)
                // Embeds, in the one form Embeds writes: the players it names, and the embed's data on its figure.
                .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "iframe")
                .allowAttributes("src")
                .matching(embeds.playerSources())
                .onElements("iframe")
                .allowAttributes("title")
                .onElements("iframe")
                .allowAttributes("loading")
                .matching(Pattern.compile("lazy"))
                .onElements("iframe")
                .allowAttributes("referrerpolicy")
                .matching(Pattern.compile("strict-origin-when-cross-origin"))
                .onElements("iframe")
                .allowAttributes("allowfullscreen")
                .matching(Pattern.compile("|allowfullscreen"))
                .onElements("iframe")
                .allowAttributes("sandbox")
                .matching(Pattern.compile("allow-scripts allow-same-origin allow-popups"))
                .onElements("iframe")
                .allowAttributes(Embeds.PROVIDER)
                .matching(Pattern.compile("youtube|vimeo|x|instagram|facebook|tiktok|soundcloud|googleMaps|iframe"))
                .onElements("figure")
                .allowAttributes(Embeds.URL)
                .matching(EMBED_URL)
                .onElements("figure")
                .allowAttributes(Embeds.ID)
                .matching(EMBED_ID)
                .onElements("figure")
                .allowAttributes(Embeds.RATIO)
                .matching(Pattern.compile("[0-9]{1,5}:[0-9]{1,5}"))
                .onElements("figure")
                // The headline is the page's h1; a body heading starts at h2.
                .allowElements((name, attributes) -> "h2", "h1")
                .allowStandardUrlProtocols()
                .allowAttributes("href")
                .onElements("a")
                .allowAttributes("src", "alt")
                .onElements("img")
                .allowAttributes("width", "height")
                .matching(NUMBER)
                .onElements("img")
                .allowAttributes("cite")
                .onElements("blockquote")
                .allowAttributes("dir")
                .matching(Pattern.compile("rtl|ltr|auto"))
                .globally()
                .allowAttributes("lang")
                .matching(Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"))
                .globally()
                .allowElements(
                        (name, attributes) -> {
                            int href = attributes.indexOf("href");
                            if (href >= 0 && href % 2 == 0 && isExternal(attributes.get(href + 1))) {
                                attributes.add("rel");
                                attributes.add("noopener nofollow");
                            }
                            return name;
                        },
                        "a")
                .toFactory();
    }

    /** The body as it is stored: embeds in their canonical form, then everything through the allowlist. */
    String sanitize(String html) {
        if (html == null) {
            return "";
        }
        if (!mayEmbed(html)) {
            return policy.sanitize(html);
        }
        Document document = parse(html);
        embeds.normalize(document);
        return policy.sanitize(document.body().html());
    }

    private static boolean mayEmbed(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String sign : MAY_EMBED) {
            if (lower.contains(sign)) {
                return true;
            }
        }
        return false;
    }

    /** Deeper nesting is no article a newsroom writes, only a way to make every later parse of it slow. */
    static final int MAX_DEPTH = 32;

    /**
     * Why a sanitized body cannot be stored, or null when it can: it must keep some text or a picture (a body of
     * scripts and styles only is empty once sanitized) and nest elements at most {@link #MAX_DEPTH} deep.
     */
    static String refusal(String sanitizedHtml) {
        return refusal(parse(sanitizedHtml));
    }

    /** {@link #refusal(String)} of a body already parsed with {@link #parse}: a write parses its body once. */
    static String refusal(Document document) {
        if (document.body().text().isBlank()
                && document.body()
                        .select("img, figure[" + Embeds.PROVIDER + "]")
                        .isEmpty()) {
            return "keeps no text or picture once unsafe HTML (scripts, styles, frames, event handlers) is removed";
        }
        if (depth(document.body()) > MAX_DEPTH) {
            return "nests elements more than " + MAX_DEPTH + " levels deep";
        }
        return null;
    }

    /** Nesting depth below {@code root}, iteratively: a deep body must not overflow the stack that measures it. */
    private static int depth(Element root) {
        int deepest = 0;
        Deque<Element> elements = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        elements.push(root);
        depths.push(0);
        while (!elements.isEmpty()) {
            Element element = elements.pop();
            int depth = depths.pop();
            deepest = Math.max(deepest, depth);
            for (Element child : element.children()) {
                elements.push(child);
                depths.push(depth + 1);
            }
        }
        return deepest;
    }

    /** Plain text: one paragraph per block, separated by a blank line. */
    static String text(String sanitizedHtml) {
        return text(parse(sanitizedHtml));
    }

    static String text(Document document) {
        List<String> parts = new ArrayList<>();
        for (Element element : topLevel(document)) {
            switch (element.normalName()) {
                case "ul", "ol" ->
                    parts.add(String.join("\n", element.select("> li").eachText()));
                case "img", "hr", "figure" -> {
                    // Pictures are not text; their caption belongs to the picture.
                }
                default -> parts.add(element.text());
            }
        }
        parts.removeIf(String::isBlank);
        return String.join("\n\n", parts);
    }

    /** Runs of non-space holding at least one letter or digit; by code point, without a regex per word. */
    static int wordCount(String text) {
        int count = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && isLetterOrNumber(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    /** \p{L} or \p{N}: digits, and also letter numbers and other numbers (Roman numerals, ½). */
    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static int readingMinutes(int wordCount) {
        return Math.max(1, (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** The stored body's top-level elements, parsed once for both the linked slugs and the blocks of a read. */
    static List<Element> elements(String sanitizedHtml) {
        return topLevel(parse(sanitizedHtml));
    }

    /** Slugs of the articles that stand-alone internal links point to, in body order. */
    Set<String> linkedSlugs(List<Element> elements) {
        Set<String> slugs = new LinkedHashSet<>();
        for (Element element : elements) {
            String slug = standaloneLinkSlug(element);
            if (slug != null) {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    /**
     * Blocks of the body. {@code cards} holds the linked articles that are public; a link to any other
     * stays an ordinary paragraph, so a draft never shows up as a card.
     */
    List<Block> blocks(List<Element> elements, Map<String, ArticleCard> cards) {
        List<Block> blocks = new ArrayList<>();
        for (Element element : elements) {
            String slug = standaloneLinkSlug(element);
            if (slug != null && cards.containsKey(slug)) {
                blocks.add(Block.articleLink(label(element), cards.get(slug)));
                continue;
            }
            Block block = toBlock(element);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static Block toBlock(Element element) {
        Block block = unmarked(element);
        return block == null ? null : block.marked(emptyToNull(element.attr("lang")), emptyToNull(element.attr("dir")));
    }

    private static Block unmarked(Element element) {
        if (element.hasAttr(Embeds.PROVIDER)) {
            return Block.embed(Embeds.read(element));
        }
        return switch (element.normalName()) {
            case "h2", "h3", "h4", "h5", "h6" ->
                Block.heading(element.normalName().charAt(1) - '0', element.text());
            case "blockquote" -> Block.quote(element.text(), element.hasAttr("cite") ? element.attr("cite") : null);
            case "ul", "ol" ->
                Block.list(
                        "ol".equals(element.normalName()),
                        element.select("> li").eachText());
            case "figure", "img" -> imageBlock(element);
            case "hr" -> null;
            default -> {
                Element onlyImage = onlyChildImage(element);
                if (onlyImage != null) {
                    yield imageBlock(onlyImage);
                }
                yield element.text().isBlank() ? null : Block.paragraph(element.text(), element.html());
            }
        };
    }

    private static Block imageBlock(Element element) {
        Element img = "img".equals(element.normalName()) ? element : element.selectFirst("img");
        if (img == null || img.attr("src").isEmpty()) {
            return element.text().isBlank() ? null : Block.paragraph(element.text(), element.html());
        }
        Element caption = element.selectFirst("figcaption");
        return Block.image(new Image(
                        img.attr("src"),
                        emptyToNull(img.attr("alt")),
                        caption == null ? null : emptyToNull(caption.text()),
                        null,
                        integer(img.attr("width")),
                        integer(img.attr("height")))
                .withLang(emptyToNull(img.hasAttr("lang") ? img.attr("lang") : element.attr("lang")))
                .withRenditions(emptyToNull(img.attr(MEDIA))));
    }

    private static Element onlyChildImage(Element element) {
        return element.childrenSize() == 1
                        && "img".equals(element.child(0).normalName())
                        && element.ownText().isBlank()
                ? element.child(0)
                : null;
    }

    /** The slug when the element is a short label followed by one internal link, as in "اقرأ أيضاً: …". */
    private String standaloneLinkSlug(Element element) {
        if (!"p".equals(element.normalName()) || element.childrenSize() != 1) {
            return null;
        }
        Element link = element.child(0);
        String label = label(element);
        if (!"a".equals(link.normalName()) || label != null && label.length() > MAX_LABEL_LENGTH) {
            return null;
        }
        Node after = link.nextSibling();
        if (after != null && !(after instanceof TextNode text && text.isBlank())) {
            return null;
        }
        return internalSlug(link.attr("href"));
    }

    private static String label(Element paragraph) {
        String label = paragraph.ownText().strip().replaceAll("[:：\\s]+$", "");
        return label.isEmpty() ? null : label;
    }

    String internalSlug(String href) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.isAbsolute() && isExternal(href)) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(articlePath)) {
            return null;
        }
        String slug = path.substring(articlePath.length()).replaceAll("/+$", "");
        if (slug.isEmpty() || slug.contains("/")) {
            return null;
        }
        return Slugs.normalize(URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private boolean isExternal(String href) {
        try {
            URI uri = URI.create(href.strip());
            return uri.isAbsolute()
                    && !(site.getHost() != null && site.getHost().equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** Top-level block elements; stray inline content at the top becomes a paragraph of its own. */
    private static List<Element> topLevel(Document document) {
        List<Element> elements = new ArrayList<>();
        Element pending = null;
        for (Node node : new ArrayList<>(document.body().childNodes())) {
            boolean inline = node instanceof TextNode || node instanceof Element element && !element.isBlock();
            if (inline) {
                if (node instanceof TextNode text && text.isBlank() && pending == null) {
                    continue;
                }
                if (pending == null) {
                    pending = new Element("p");
                    elements.add(pending);
                }
                pending.appendChild(node.clone());
            } else {
                pending = null;
                elements.add((Element) node);
            }
        }
        return elements;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Integer integer(String value) {
        return value == null || value.isEmpty() || !NUMBER.matcher(value).matches() ? null : Integer.valueOf(value);
    }
}
