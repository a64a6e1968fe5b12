package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;

/**
 * The body of a PATCH: a JSON merge patch (RFC 7396) of {@link ArticleRequest}. Only for the contract; the patch is
 * merged into the current article and then read and validated as a whole request.
 */
@Schema(
        name = "ArticlePatch",
        description = "JSON merge patch: the fields sent replace the current ones, `null` clears one.")
record ArticlePatch(
        String slug,
        String title,
        String subtitle,
        String excerpt,
        String body,
        String lang,
        ArticleStatus status,
        OffsetDateTime publishedAt,
        String byline,
        List<String> authors,
        String category,
        List<String> tags,
        Image featuredImage,
        List<ArticleResponse.SourceRef> sources,
        ArticleResponse.Seo seo,
        Boolean commentsOpen,
        List<String> related,
        Boolean excludeFromRelated) {}
