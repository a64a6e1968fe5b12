package news.akhbar.article;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Embeds in the forms editors paste them (an iframe, a provider's blockquote snippet, a bare address on a line of
 * its own, WordPress's embed block), turned into one canonical element that the sanitizer lets through and the
 * blocks read back: {@code <figure data-embed=…>} with a privacy-friendly player (YouTube without cookies, Vimeo
 * with do-not-track) or, for providers whose player needs their script, a plain link. What it does not recognize
 * is left to the sanitizer, which drops every other iframe and script.
 */
final class Embeds {

    static final String PROVIDER = "data-embed";
    static final String URL = "data-embed-url";
    static final String ID = "data-embed-id";
    static final String RATIO = "data-embed-ratio";

    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:[^#]*&)?v="
                    + "|embed/|shorts/|live/)|youtu\\.be/|youtube-nocookie\\.com/embed/)([A-Za-z0-9_-]{11})(?:[?&#/][^\\s]*)?$");
    private static final Pattern VIMEO = Pattern.compile(
            "^https?://(?:www\\.)?(?:vimeo\\.com/(?:video/)?|player\\.vimeo\\.com/video/)(\\d{1,12})(?:[?#/][^\\s]*)?$");
    private static final Pattern X = Pattern.compile(
            "^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/([A-Za-z0-9_]{1,15})/status(?:es)?/(\\d{1,20})(?:[?#/][^\\s]*)?$");
    private static final Pattern X_FRAME = Pattern.compile(
            "^https?://platform\\.twitter\\.com/embed/Tweet\\.html\\?(?:[^#]*&)?id=(\\d{1,20})(?:[&#][^\\s]*)?$");
    private static final Pattern INSTAGRAM = Pattern.compile(
            "^https?://(?:www\\.)?instagram\\.com/(p|reel|tv)/([A-Za-z0-9_-]{1,40})(?:/(?:embed/?(?:captioned/?)?)?)?(?:[?#][^\\s]*)?$");
    private static final Pattern FACEBOOK = Pattern.compile(
            "^https?://(?:www\\.|m\\.|web\\.)?facebook\\.com/([^\\s?#]{1,200}/(?:posts|videos)/[A-Za-z0-9._-]{1,100}"
                    + "|watch/?\\?v=\\d{1,25}|permalink\\.php\\?[^\\s#]{1,300}|reel/\\d{1,25})/?(?:#[^\\s]*)?$");
    private static final Pattern FACEBOOK_PLUGIN = Pattern.compile(
            "^https?://(?:www\\.)?facebook\\.com/plugins/(?:post|video)\\.php\\?(?:[^#]*&)?href=([^&#\\s]+)[^\\s]*$");
    private static final Pattern TIKTOK = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?tiktok\\.com/(?:@([A-Za-z0-9_.]{1,40})/video/|embed/(?:v2/)?)(\\d{1,25})(?:[?#/][^\\s]*)?$");
    private static final Pattern SOUNDCLOUD = Pattern.compile("^https?://(?:www\\.|m\\.)?soundcloud\\.com/"
            + "([A-Za-z0-9_-]{1,100}/(?:sets/)?[A-Za-z0-9_-]{1,200})/?(?:[?#][^\\s]*)?$");
    private static final Pattern SOUNDCLOUD_API =
            Pattern.compile("^https?://api\\.soundcloud\\.com/(tracks|playlists)/(\\d{1,20})(?:[?#/][^\\s]*)?$");
    private static final Pattern SOUNDCLOUD_PLAYER =
            Pattern.compile("^https?://w\\.soundcloud\\.com/player/?\\?(?:[^#]*&)?url=([^&#\\s]+)[^\\s]*$");
    private static final Pattern MAPS_EMBED =
            Pattern.compile("^https://(?:www\\.)?google\\.com/maps/embed\\?pb=([A-Za-z0-9!._:%-]{1,3000})$");
    private static final Pattern MAPS_LINK = Pattern.compile(
            "^https://(?:(?:www\\.)?google\\.com/maps/[^\\s]{1,1500}|maps\\.app\\.goo\\.gl/[A-Za-z0-9]{1,40})$");
    private static final Pattern BARE_URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,5}");

    private final Set<String> iframeHosts;

    Embeds(List<String> iframeHosts) {
        this.iframeHosts = iframeHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** The src pattern of the iframes that the sanitizer keeps: the players this class writes, nothing else. */
    Pattern playerSources() {
        String generic = iframeHosts.isEmpty()
                ? ""
                : "|https://(?:" + iframeHosts.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                        + ")/[^\\s\"'<>]*";
        return Pattern.compile("^(?:https://www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{11}"
                + "|https://player\\.vimeo\\.com/video/\\d{1,12}\\?dnt=1" + generic + ")$");
    }

    /** The embed an address on a line of its own stands for, if a known provider serves it. */
    Optional<Embed> fromUrl(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String url = address.strip();
        Matcher m;
        if ((m = YOUTUBE.matcher(url)).matches()) {
            return embed("youtube", "https://www.youtube.com/watch?v=" + m.group(1), m.group(1), "16:9");
        }
        if ((m = VIMEO.matcher(url)).matches()) {
            return embed("vimeo", "https://vimeo.com/" + m.group(1), m.group(1), "16:9");
        }
        if ((m = X.matcher(url)).matches()) {
            return embed("x", "https://x.com/" + m.group(1) + "/status/" + m.group(2), m.group(2), null);
        }
        if ((m = X_FRAME.matcher(url)).matches()) {
            return embed("x", "https://x.com/i/status/" + m.group(1), m.group(1), null);
        }
        if ((m = INSTAGRAM.matcher(url)).matches()) {
            return embed(
                    "instagram", "https://www.instagram.com/" + m.group(1) + "/" + m.group(2) + "/", m.group(2), null);
        }
        if ((m = FACEBOOK_PLUGIN.matcher(url)).matches()) {
            return fromUrl(decode(m.group(1))).filter(e -> e.provider().equals("facebook"));
        }
        if ((m = FACEBOOK.matcher(url)).matches()) {
            return embed("facebook", "https://www.facebook.com/" + m.group(1), null, null);
        }
        if ((m = TIKTOK.matcher(url)).matches()) {
            String canonical = m.group(1) != null
                    ? "https://www.tiktok.com/@" + m.group(1) + "/video/" + m.group(2)
                    : "https://www.tiktok.com/embed/v2/" + m.group(2);
            return embed("tiktok", canonical, m.group(2), "9:16");
        }
        if ((m = SOUNDCLOUD_PLAYER.matcher(url)).matches()) {
            return fromUrl(decode(m.group(1))).filter(e -> e.provider().equals("soundcloud"));
        }
        if ((m = SOUNDCLOUD_API.matcher(url)).matches()) {
            return embed("soundcloud", "https://api.soundcloud.com/" + m.group(1) + "/" + m.group(2), m.group(2), null);
        }
        if ((m = SOUNDCLOUD.matcher(url)).matches()) {
            return embed("soundcloud", "https://soundcloud.com/" + m.group(1), null, null);
        }
        if ((m = MAPS_EMBED.matcher(url)).matches()) {
            return embed("googleMaps", "https://www.google.com/maps/embed?pb=" + m.group(1), null, "4:3");
        }
        if (MAPS_LINK.matcher(url).matches()) {
            return embed("googleMaps", url, null, null);
        }
        return Optional.empty();
    }

    /** A generic iframe from an allowlisted host, kept as it is (sandboxed when rendered). */
    private Optional<Embed> fromIframe(Element iframe) {
        String src = iframe.attr("src").strip();
        Optional<Embed> known = fromUrl(src);
        if (known.isPresent()) {
            return known;
        }
        try {
            URI uri = URI.create(src);
            if ("https".equals(uri.getScheme())
                    && uri.getHost() != null
                    && iframeHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))
                    && src.length() <= 2048
                    && !src.matches(".*[\"'<>\\s].*")) {
                String w = iframe.attr("width");
                String h = iframe.attr("height");
                String ratio =
                        DIMENSION.matcher(w).matches() && DIMENSION.matcher(h).matches() ? w + ":" + h : null;
                return embed("iframe", src, null, ratio);
            }
        } catch (IllegalArgumentException e) {
            // Not an address: the sanitizer drops the iframe.
        }
        return Optional.empty();
    }

    private static Optional<Embed> embed(String provider, String url, String id, String ratio) {
        return Optional.of(new Embed(provider, url, id, null, ratio));
    }

    /** Rewrites every embed of the body in place into its canonical form. */
    void normalize(Document document) {
        Element body = document.body();
        // Already canonical (a body read back and sent again): rebuilt from its address, so nothing forged survives.
        for (Element figure : body.select("figure[" + PROVIDER + "], figure[" + URL + "]")) {
            Optional<Embed> embed = fromUrl(figure.attr(URL)).or(() -> genericFromStored(figure));
            String title = title(figure);
            if (embed.isPresent()) {
                figure.replaceWith(render(withTitle(embed.get(), title)));
            } else {
                figure.removeAttr(PROVIDER).removeAttr(URL).removeAttr(ID).removeAttr(RATIO);
            }
        }
        for (Element iframe : body.select("iframe[src]")) {
            if (iframe.closest("figure[" + PROVIDER + "]") != null) {
                continue;
            }
            fromIframe(iframe).ifPresent(embed -> place(iframe, withTitle(embed, captionAround(iframe))));
        }
        for (Element quote : body.select(
                "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, div.fb-post,"
                        + " div.fb-video")) {
            snippet(quote).ifPresent(embed -> place(quote, embed));
        }
        for (Element element : new ArrayList<>(body.children())) {
            bare(element).ifPresent(embed -> element.replaceWith(render(embed)));
        }
    }

    private Optional<Embed> genericFromStored(Element figure) {
        Element iframe = figure.selectFirst("iframe[src]");
        return iframe == null ? Optional.empty() : fromIframe(iframe);
    }

    /** A provider's blockquote snippet: the address it quotes, and the text it shows (a tweet's words). */
    private Optional<Embed> snippet(Element quote) {
        List<String> candidates = new ArrayList<>();
        candidates.add(quote.attr("data-instgrm-permalink"));
        candidates.add(quote.attr("cite"));
        candidates.add(quote.attr("data-href"));
        // A tweet links its own address last, after the links in its text.
        List<Element> links = quote.select("a[href]");
        for (int i = links.size() - 1; i >= 0; i--) {
            candidates.add(links.get(i).attr("href"));
        }
        for (String candidate : candidates) {
            Optional<Embed> embed = fromUrl(candidate);
            if (embed.isPresent()) {
                Element words = quote.hasClass("twitter-tweet") ? quote.selectFirst("p") : null;
                String title = words == null ? null : blankToNull(words.text());
                return Optional.of(withTitle(embed.get(), title));
            }
        }
        return Optional.empty();
    }

    /** A top-level element holding nothing but an address of a known provider (and maybe a caption). */
    private Optional<Embed> bare(Element element) {
        if (!Set.of("p", "div", "figure").contains(element.normalName())
                || element.hasAttr(PROVIDER)
                || !element.select("img, iframe, blockquote, video, audio").isEmpty()) {
            return Optional.empty();
        }
        Element caption = element.selectFirst("figcaption");
        Element copy = element.clone();
        copy.select("figcaption").remove();
        String text = copy.text().strip();
        if (!BARE_URL.matcher(text).matches()) {
            return Optional.empty();
        }
        return fromUrl(text).map(embed -> withTitle(embed, caption == null ? null : blankToNull(caption.text())));
    }

    /**
     * Puts the canonical element where the pasted one was: in place of the top-level element that held only it, or
     * after the paragraph it sat in (a figure inside a paragraph is no valid HTML, and the words around it stay).
     */
    private static void place(Element pasted, Embed embed) {
        Element top = pasted;
        while (top.parent() != null && !"body".equals(top.parent().normalName())) {
            top = top.parent();
        }
        Element holder = pasted;
        while (holder != top && onlyHolds(holder.parent(), holder)) {
            holder = holder.parent();
        }
        if (holder == top) {
            top.replaceWith(render(embed));
        } else {
            pasted.remove();
            top.after(render(embed));
        }
    }

    /** Whether {@code parent} has nothing but {@code child}, blank text, line breaks, scripts and captions. */
    private static boolean onlyHolds(Element parent, Element child) {
        if (!parent.ownText().isBlank()) {
            return false;
        }
        for (Element other : parent.children()) {
            if (other != child && !Set.of("script", "br", "figcaption").contains(other.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static String captionAround(Element pasted) {
        Element figure = pasted.closest("figure");
        if (figure == null) {
            return null;
        }
        Element caption = figure.selectFirst("figcaption");
        return caption == null ? null : blankToNull(caption.text());
    }

    /** A canonical element's title: its caption, or the words of its link when they are not the address itself. */
    private static String title(Element figure) {
        Element caption = figure.selectFirst("figcaption");
        if (caption != null) {
            return blankToNull(caption.text());
        }
        Element link = figure.selectFirst("a[href]");
        if (link != null && !link.text().strip().equals(link.attr("href").strip())) {
            return blankToNull(link.text());
        }
        return null;
    }

    static Element render(Embed embed) {
        Element figure = new Element("figure").attr(PROVIDER, embed.provider()).attr(URL, embed.url());
        if (embed.id() != null) {
            figure.attr(ID, embed.id());
        }
        if (embed.aspectRatio() != null) {
            figure.attr(RATIO, embed.aspectRatio());
        }
        String player = switch (embed.provider()) {
            case "youtube" -> "https://www.youtube-nocookie.com/embed/" + embed.id();
            case "vimeo" -> "https://player.vimeo.com/video/" + embed.id() + "?dnt=1";
            case "iframe" -> embed.url();
            default -> null;
        };
        if (player != null) {
            Element iframe = figure.appendElement("iframe")
                    .attr("src", player)
                    .attr("loading", "lazy")
                    .attr("referrerpolicy", "strict-origin-when-cross-origin");
            if (embed.provider().equals("iframe")) {
                iframe.attr("sandbox", "allow-scripts allow-same-origin allow-popups");
            } else {
                iframe.attr("allowfullscreen", "");
            }
            if (embed.title() != null) {
                iframe.attr("title", embed.title());
                figure.appendElement("figcaption").text(embed.title());
            }
        } else {
            // The provider's own player needs its script: a link, which an app or a frontend may upgrade.
            figure.appendElement("a")
                    .attr("href", embed.url())
                    .text(embed.title() != null ? embed.title() : embed.url());
        }
        return figure;
    }

    /** The embed a canonical element stands for, as the blocks show it. */
    static Embed read(Element figure) {
        String provider = figure.attr(PROVIDER);
        String title = title(figure);
        return new Embed(
                provider, figure.attr(URL), blankToNull(figure.attr(ID)), title, blankToNull(figure.attr(RATIO)));
    }

    private static Embed withTitle(Embed embed, String title) {
        return title == null ? embed : new Embed(embed.provider(), embed.url(), embed.id(), title, embed.aspectRatio());
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
