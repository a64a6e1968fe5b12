package news.akhbar.author;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author profile with its private fields, for the newsroom only. */
@Schema(name = "AdminAuthor")
public record AdminAuthorResponse(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "rami-fakhori") String slug,
        @Schema(required = true, examples = "rami fakhori") String displayName,
        String bio,
        String avatarUrl,
        String avatarAlt,
        String website,

        @Schema(description = "Private: never in the public API.")
        String email,

        @Schema(required = true, examples = "ar") String lang,
        @Schema(required = true) Map<String, String> socials,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    static AdminAuthorResponse from(Author author) {
        return new AdminAuthorResponse(
                author.id,
                author.slug,
                author.displayName,
                author.bio,
                author.avatarUrl,
                author.avatarAlt,
                author.website,
                author.email,
                author.lang,
                new TreeMap<>(author.socials),
                author.createdAt,
                author.updatedAt);
    }
}
