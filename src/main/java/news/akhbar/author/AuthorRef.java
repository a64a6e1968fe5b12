package news.akhbar.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;

/** An author as named on an article: enough for a byline with a link to the author page. */
@Schema(name = "AuthorRef")
public record AuthorRef(
        @Schema(required = true, examples = "rami-fakhori") String slug,
        @Schema(required = true, examples = "rami fakhori") String displayName,
        Image avatar) {

    static AuthorRef from(Author author) {
        return new AuthorRef(author.slug, author.displayName, Image.of(author.avatarUrl, author.avatarAlt));
    }
}
