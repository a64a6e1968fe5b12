package news.akhbar.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a WordPress export read whole: its attributes, its text, and its children, keyed by a fixed prefix
 * and local name ({@code wp:post_id}, {@code content:encoded}) whatever prefixes the file declares. Items and their
 * comments are small, so reading one at a time keeps a file of any size out of memory.
 */
record WxrElement(String name, Map<String, String> attributes, String text, List<WxrElement> children, int line) {

    private static final String WP = "http://wordpress.org/export/";
    private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

    /** Reads the element the reader is on, up to its end tag. */
    static WxrElement read(XMLStreamReader xml) throws XMLStreamException {
        String name = nameOf(xml);
        int line = xml.getLocation().getLineNumber();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<WxrElement> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new WxrElement(name, attributes, text.toString(), children, line);
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    static String nameOf(XMLStreamReader xml) {
        String uri = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (uri == null || uri.isEmpty()) {
            return local;
        }
        if (uri.startsWith(EXCERPT)) {
            return "excerpt:" + local;
        }
        if (uri.startsWith(WP)) {
            return "wp:" + local;
        }
        if (uri.startsWith("http://purl.org/rss/1.0/modules/content/")) {
            return "content:" + local;
        }
        if (uri.startsWith("http://purl.org/dc/elements/")) {
            return "dc:" + local;
        }
        return uri + ":" + local;
    }

    /** The text of the first child of that name, stripped; null when there is none or it is empty. */
    String child(String childName) {
        for (WxrElement child : children) {
            if (child.name.equals(childName)) {
                String value = child.text.strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The same, as it is (an HTML body keeps its leading and trailing white space). */
    String raw(String childName) {
        for (WxrElement child : children) {
            if (child.name.equals(childName)) {
                return child.text;
            }
        }
        return null;
    }

    List<WxrElement> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** A number WordPress wrote, or null. */
    Long number(String childName) {
        String value = child(childName);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ImportItem.Refused("<" + childName + "> is not a number: '" + value + "'");
        }
    }

    /** The post's meta values by key ({@code _thumbnail_id}, {@code _wp_attachment_image_alt}, …). */
    Map<String, String> meta() {
        Map<String, String> meta = new LinkedHashMap<>();
        for (WxrElement entry : all("wp:postmeta")) {
            String key = entry.child("wp:meta_key");
            if (key != null) {
                meta.putIfAbsent(key, entry.raw("wp:meta_value"));
            }
        }
        return meta;
    }
}
