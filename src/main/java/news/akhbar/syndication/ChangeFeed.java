package news.akhbar.syndication;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.article.ArticleSummary;
import news.akhbar.author.AuthorRef;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.TagRef;

/** One page of the change feed. */
@Schema(name = "ChangeFeed")
public record ChangeFeed(
        @Schema(required = true, description = "In commit order; each thing at most once, as it is now.")
        List<Change> items,

        @Schema(
                required = true,
                description = "Send it as `since` for what follows: the same cursor when nothing changed.",
                examples = "1042")
        String nextCursor,

        @Schema(required = true, description = "True when more changes follow at once: ask again right away.")
        boolean more) {

    @Schema(name = "Change")
    public record Change(
            @Schema(
                    required = true,
                    enumeration = {"article", "author", "category", "tag"})
            String kind,

            @Schema(required = true, examples = "قصة-الهروب-إلى-موسكو")
            String slug,

            @Schema(
                    required = true,
                    description = "`upsert`: it is public, as given (store it under kind and slug); `remove`: it is "
                            + "not public (any more), drop it.",
                    enumeration = {"upsert", "remove"})
            String action,

            @Schema(required = true, examples = "2025-01-12T10:05:00Z")
            OffsetDateTime changedAt,

            @Schema(description = "With `upsert` of an article.")
            ArticleSummary article,

            @Schema(description = "With `upsert` of an author.")
            AuthorRef author,

            @Schema(description = "With `upsert` of a category.")
            CategoryRef category,

            @Schema(description = "With `upsert` of a tag.") TagRef tag) {}
}
