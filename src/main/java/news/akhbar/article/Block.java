package news.akhbar.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;

/**
 * One piece of an article body, for clients that render without an HTML engine.
 * Which fields are present depends on {@code type}.
 */
@Schema(name = "Block", description = """
        One block of the body. `paragraph`: text, html (inline markup). `heading`: level, text. \
        `quote`: text, cite. `list`: ordered, items. `image`: image. \
        `articleLink`: label and the linked article (an inline "read also" link to another article of the site). \
        `embed`: embed (a video, a post, a map from another site). `lang` and `dir` are there when the block's \
        language or direction is marked and may differ from the article's (an English quote in an Arabic article).""")
public record Block(
        @Schema(required = true) Type type,

        @Schema(
                description = "Plain text (paragraph, heading, quote).",
                examples = "كشفت تقارير إعلامية غربية عن تفاصيل جديدة…")
        String text,

        @Schema(description = "Inline HTML of a paragraph (links, emphasis), sanitized.")
        String html,

        @Schema(description = "Heading level, 2 to 6.", examples = "2")
        Integer level,

        @Schema(description = "List: numbered or not.") Boolean ordered,

        @Schema(description = "List: the items as plain text.")
        List<String> items,

        @Schema(description = "Quote: who is quoted, or the URL of the source.")
        String cite,

        @Schema(description = "Image block.") Image image,

        @Schema(description = "articleLink: the text before the link.", examples = "اقرأ أيضاً")
        String label,

        @Schema(description = "articleLink: the linked article.")
        ArticleCard article,

        @Schema(description = "embed: what is embedded.") Embed embed,

        @Schema(description = "The block's language, where it is marked.", examples = "en")
        String lang,

        @Schema(
                description = "The block's direction, where it is marked.",
                enumeration = {"rtl", "ltr", "auto"})
        String dir) {

    public enum Type {
        paragraph,
        heading,
        quote,
        list,
        image,
        articleLink,
        embed
    }

    static Block paragraph(String text, String html) {
        return new Block(Type.paragraph, text, html, null, null, null, null, null, null, null, null, null, null);
    }

    static Block heading(int level, String text) {
        return new Block(Type.heading, text, null, level, null, null, null, null, null, null, null, null, null);
    }

    static Block quote(String text, String cite) {
        return new Block(Type.quote, text, null, null, null, null, cite, null, null, null, null, null, null);
    }

    static Block list(boolean ordered, List<String> items) {
        return new Block(Type.list, null, null, null, ordered, items, null, null, null, null, null, null, null);
    }

    static Block image(Image image) {
        return new Block(Type.image, null, null, null, null, null, null, image, null, null, null, null, null);
    }

    static Block articleLink(String label, ArticleCard article) {
        return new Block(Type.articleLink, null, null, null, null, null, null, null, label, article, null, null, null);
    }

    static Block embed(Embed embed) {
        return new Block(Type.embed, null, null, null, null, null, null, null, null, null, embed, null, null);
    }

    /** The same block with the language and direction its element marks. */
    Block marked(String lang, String dir) {
        return lang == null && dir == null
                ? this
                : new Block(type, text, html, level, ordered, items, cite, image, label, article, embed, lang, dir);
    }
}
