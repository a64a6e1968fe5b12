import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the benchmark's NDJSON dataset (GenerateDataset) into the WordPress export of the same site, so that the
 * WXR import is measured on the same archive as the NDJSON import: authors, nested categories, tags, published
 * posts with their comments (threads, pending ones) in WXR 1.2.
 *
 * <pre>java src/test/bench/GenerateDataset.java 10000 | java src/test/bench/ToWxr.java > export.xml</pre>
 */
public class ToWxr {

    static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final Pattern STRING = Pattern.compile("\"(\\w+)\":\"([^\"]*)\"");
    static final Pattern ARRAY = Pattern.compile("\"(\\w+)\":\\[([^\\]]*)\\]");

    public static void main(String[] args) throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\""
                + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                + "<channel>\n<title>طيف بوست</title>\n<link>https://taifpost.example</link>\n"
                + "<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_site_url>https://taifpost.example</wp:base_site_url>\n"
                + "<wp:base_blog_url>https://taifpost.example</wp:base_blog_url>\n");
        Map<String, String> categoryNames = new HashMap<>();
        Map<String, String> tagNames = new HashMap<>();
        Map<String, Integer> commentIds = new HashMap<>();
        int term = 0;
        int author = 0;
        List<String> item = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, String> f = fields(line);
            switch (f.get("type")) {
                case "author" -> out.write("<wp:author><wp:author_id>" + (++author) + "</wp:author_id>"
                        + "<wp:author_login>" + cdata(f.get("slug")) + "</wp:author_login><wp:author_email>"
                        + cdata(f.get("slug") + "@taifpost.example") + "</wp:author_email><wp:author_display_name>"
                        + cdata(f.get("displayName")) + "</wp:author_display_name></wp:author>\n");
                case "category" -> {
                    String slug = f.get("name").replace(' ', '-');
                    categoryNames.put(slug, f.get("name"));
                    out.write("<wp:category><wp:term_id>" + (++term) + "</wp:term_id><wp:category_nicename>"
                            + cdata(slug) + "</wp:category_nicename><wp:category_parent>"
                            + cdata(f.containsKey("parent") ? f.get("parent").replace(' ', '-') : "")
                            + "</wp:category_parent><wp:cat_name>" + cdata(f.get("name"))
                            + "</wp:cat_name></wp:category>\n");
                }
                case "tag" -> {
                    String slug = f.get("name").replace(' ', '-');
                    tagNames.put(slug, f.get("name"));
                    out.write("<wp:tag><wp:term_id>" + (++term) + "</wp:term_id><wp:tag_slug>" + cdata(slug)
                            + "</wp:tag_slug><wp:tag_name>" + cdata(f.get("name")) + "</wp:tag_name></wp:tag>\n");
                }
                case "article" -> {
                    flush(out, item);
                    int id = Integer.parseInt(f.get("externalId").substring("gen-".length()));
                    String date = WP_DATE.format(Instant.parse(f.get("publishedAt")));
                    StringBuilder x = new StringBuilder("<item>\n<title>" + cdata(f.get("title")) + "</title>\n"
                            + "<dc:creator>" + cdata(list(f.get("authors")).get(0)) + "</dc:creator>\n"
                            + "<content:encoded>" + cdata(f.get("body")) + "</content:encoded>\n"
                            + "<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n<wp:post_id>" + id + "</wp:post_id>\n"
                            + "<wp:post_date>" + cdata(date) + "</wp:post_date>\n<wp:post_date_gmt>" + cdata(date)
                            + "</wp:post_date_gmt>\n<wp:comment_status>" + cdata("open") + "</wp:comment_status>\n"
                            + "<wp:post_name>" + cdata("post-" + id) + "</wp:post_name>\n<wp:status>"
                            + cdata("publish") + "</wp:status>\n<wp:post_parent>0</wp:post_parent>\n"
                            + "<wp:post_type>" + cdata("post") + "</wp:post_type>\n");
                    String category = f.get("category");
                    x.append("<category domain=\"category\" nicename=\"").append(category).append("\">")
                            .append(cdata(categoryNames.get(category))).append("</category>\n");
                    for (String tag : list(f.get("tags"))) {
                        x.append("<category domain=\"post_tag\" nicename=\"").append(tag).append("\">")
                                .append(cdata(tagNames.get(tag))).append("</category>\n");
                    }
                    item.add(x.toString());
                }
                case "comment" -> {
                    int id = commentIds.size() + 1;
                    commentIds.put(f.get("externalId"), id);
                    String date = WP_DATE.format(Instant.parse(f.get("createdAt")));
                    item.add("<wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author>"
                            + cdata(f.get("authorName")) + "</wp:comment_author><wp:comment_author_email>"
                            + cdata(f.get("authorEmail")) + "</wp:comment_author_email><wp:comment_date>" + date
                            + "</wp:comment_date><wp:comment_date_gmt>" + date + "</wp:comment_date_gmt>"
                            + "<wp:comment_content>" + cdata(f.get("body")) + "</wp:comment_content>"
                            + "<wp:comment_approved>" + cdata("approved".equals(f.get("status")) ? "1" : "0")
                            + "</wp:comment_approved><wp:comment_type><![CDATA[]]></wp:comment_type>"
                            + "<wp:comment_parent>" + commentIds.getOrDefault(f.get("parent"), 0)
                            + "</wp:comment_parent></wp:comment>\n");
                }
                default -> throw new IllegalArgumentException("Unknown line: " + line);
            }
        }
        flush(out, item);
        out.write("</channel>\n</rss>\n");
        out.flush();
    }

    static void flush(BufferedWriter out, List<String> item) throws IOException {
        if (!item.isEmpty()) {
            for (String part : item) {
                out.write(part);
            }
            out.write("</item>\n");
            item.clear();
        }
    }

    static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        Matcher strings = STRING.matcher(line);
        while (strings.find()) {
            fields.putIfAbsent(strings.group(1), strings.group(2));
        }
        Matcher arrays = ARRAY.matcher(line);
        while (arrays.find()) {
            fields.put(arrays.group(1), arrays.group(2));
        }
        return fields;
    }

    static List<String> list(String array) {
        List<String> values = new ArrayList<>();
        for (String value : array.split(",")) {
            values.add(value.replace("\"", ""));
        }
        return values;
    }

    static String cdata(String text) {
        return "<![CDATA[" + (text == null ? "" : text) + "]]>";
    }
}
