package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;

/**
 * The body of a PATCH: a JSON merge patch (RFC 7396) of {@link ArticleRequest}. Only for the contract; the patch is
 * merged into the current article and then read and validated as a whole request; the limits repeat
 * {@link ArticleRequest}'s so that the contract states them.
 */
@Schema(
        name = "ArticlePatch",
        description = "JSON merge patch: the fields sent replace the current ones, `null` clears one.")
record ArticlePatch(
        @Size(max = 200) String slug,
        @Size(max = 500) String title,
        @Size(max = 500) String subtitle,
        @Size(max = 2000) String excerpt,
        @Size(max = 500_000) String body,

        @Schema(pattern = TextDirection.TAG_PATTERN) @Size(max = 35)
        String lang,

        ArticleStatus status,
        OffsetDateTime publishedAt,
        @Size(max = 300) String byline,
        @Size(max = 20) List<@Size(max = 200) String> authors,
        @Size(max = 200) String category,
        @Size(max = 50) List<@Size(max = 200) String> tags,
        Image featuredImage,
        @Size(max = 50) List<ArticleResponse.SourceRef> sources,
        ArticleResponse.Seo seo,
        Boolean commentsOpen,
        @Size(max = 20) List<@Size(max = 200) String> related,
        Boolean excludeFromRelated,
        ArticleResponse.Social social) {}
