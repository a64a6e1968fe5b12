package news.akhbar.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;

/** An author as named on an article: enough for a byline with a link to the author page. */
@Schema(name = "AuthorRef")
public record AuthorRef(
        @Schema(required = true, examples = "rami-fakhori") String slug,
        @Schema(required = true, examples = "rami fakhori") String displayName,
        Image avatar,

        @Schema(required = true, description = "Its language, which may differ from the article's.", examples = "ar")
        String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir) {

    static AuthorRef from(Author author) {
        return new AuthorRef(
                author.slug,
                author.displayName,
                Image.of(author.avatarUrl, author.avatarAlt, author.avatarMedia),
                author.lang,
                TextDirection.of(author.lang));
    }
}
