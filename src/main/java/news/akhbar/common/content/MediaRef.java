package news.akhbar.common.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article or author keeps of a library image it shows, so that its renditions are listed at read time without
 * a lookup: key, file extension, the original size and the rendition widths, stored as {@code "key ext WxH w1,w2"}.
 */
public record MediaRef(String key, String extension, int width, int height, List<Integer> widths) {

    /** The address of a rendition: {@code …/api/v1/media/{key}/{width}.{ext}}, on whichever host serves the API. */
    private static final Pattern RENDITION_URL = Pattern.compile(
            "^(https?://[^/?#]+(?:/[^?#]*)?/api/v1/media/([A-Za-z0-9_-]{16,32})/)[0-9]{1,5}\\.(jpg|png)$");

    private static final Pattern STORED =
            Pattern.compile("([A-Za-z0-9_-]{16,32}) (jpg|png) ([0-9]{1,5})x([0-9]{1,5}) ([0-9,]{1,200})");

    /** The library key that {@code url} names, when it is the address of one of its renditions. */
    public static Optional<String> keyOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = RENDITION_URL.matcher(url);
        return matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
    }

    /** Null for null or anything not written by {@link #stored()}. */
    public static MediaRef parse(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher matcher = STORED.matcher(stored);
        if (!matcher.matches()) {
            return null;
        }
        List<Integer> widths = Arrays.stream(matcher.group(5).split(","))
                .filter(part -> !part.isEmpty())
                .map(Integer::valueOf)
                .toList();
        return new MediaRef(
                matcher.group(1),
                matcher.group(2),
                Integer.parseInt(matcher.group(3)),
                Integer.parseInt(matcher.group(4)),
                widths);
    }

    public String stored() {
        StringBuilder text = new StringBuilder(key)
                .append(' ')
                .append(extension)
                .append(' ')
                .append(width)
                .append('x')
                .append(height)
                .append(' ');
        for (int i = 0; i < widths.size(); i++) {
            text.append(i == 0 ? "" : ",").append(widths.get(i));
        }
        return text.toString();
    }

    public String type() {
        return "png".equals(extension) ? "image/png" : "image/jpeg";
    }

    /** Height of the rendition {@code renditionWidth} wide: the original's proportions, rounded. */
    public int heightAt(int renditionWidth) {
        return Math.max(1, Math.round((float) renditionWidth * height / width));
    }

    /** The renditions, narrowest first, on the host and path of {@code url} (one of them); empty for another URL. */
    public List<Rendition> renditions(String url) {
        Matcher matcher = url == null ? null : RENDITION_URL.matcher(url);
        if (matcher == null || !matcher.matches() || !matcher.group(2).equals(key)) {
            return List.of();
        }
        List<Rendition> renditions = new ArrayList<>(widths.size());
        for (int w : widths) {
            renditions.add(new Rendition(matcher.group(1) + w + "." + extension, w, heightAt(w), type()));
        }
        return renditions;
    }

    /** The {@code srcset} attribute for {@code url}'s renditions. */
    public String srcset(String url) {
        StringBuilder srcset = new StringBuilder();
        for (Rendition rendition : renditions(url)) {
            srcset.append(srcset.isEmpty() ? "" : ", ")
                    .append(rendition.url())
                    .append(' ')
                    .append(rendition.width())
                    .append('w');
        }
        return srcset.toString();
    }

    /** Width of the rendition that {@code url} names (which the width and height of its {@code img} describe). */
    public int widthOf(String url) {
        String file = url.substring(url.lastIndexOf('/') + 1);
        return Integer.parseInt(file.substring(0, file.indexOf('.')));
    }
}
