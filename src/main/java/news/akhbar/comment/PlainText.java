package news.akhbar.comment;

import java.util.ArrayList;
import java.util.List;

/** A reader's plain text as HTML that shows it as typed: escaped, with its paragraphs and line breaks. */
final class PlainText {

    private PlainText() {}

    static String toHtml(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                paragraphs.add("<p>" + escape(paragraph.strip()).replaceAll("\\R", "<br>") + "</p>");
            }
        }
        return String.join("", paragraphs);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
