package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.account.AccountRef;
import news.akhbar.author.AuthorRef;
import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.TagRef;

/** An article as the newsroom sees it: every status, its audit trail and the settings readers never see. */
@Schema(name = "AdminArticle")
public record AdminArticleResponse(
        @Schema(required = true, examples = "42") long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        String subtitle,
        String excerpt,

        @Schema(required = true, description = "The sanitized HTML that is stored.")
        String body,

        @Schema(required = true, examples = "ar") String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir,

        @Schema(required = true, description = "As of now: a scheduled article whose time has come is `published`.")
        ArticleStatus status,

        OffsetDateTime publishedAt,
        String byline,
        @Schema(required = true) List<AuthorRef> authors,
        CategoryRef category,
        @Schema(required = true) List<TagRef> tags,
        Image featuredImage,
        @Schema(required = true) List<ArticleResponse.SourceRef> sources,
        ArticleResponse.Seo seo,

        @Schema(description = "The social card fields as set; the public article shows them resolved.")
        ArticleResponse.Social social,

        @Schema(required = true) boolean commentsOpen,

        @Schema(required = true, description = "Slugs of the pinned related articles, in order.")
        List<String> related,

        @Schema(required = true) boolean excludeFromRelated,
        @Schema(required = true) int wordCount,
        @Schema(required = true) int readingTimeMinutes,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        AccountRef createdBy,
        AccountRef updatedBy) {

    static AdminArticleResponse from(Article article, ArticleRefs refs, OffsetDateTime now) {
        return new AdminArticleResponse(
                article.id,
                article.slug,
                article.title,
                article.subtitle,
                article.excerpt,
                article.bodyHtml,
                article.lang,
                TextDirection.of(article.lang),
                article.effectiveStatus(now),
                article.publishedAt,
                article.byline,
                refs.authorsOf(article),
                refs.categoryOf(article),
                refs.tagsOf(article),
                ArticleRefs.image(article.featuredImage),
                article.sources.stream().map(ArticleResponse.SourceRef::from).toList(),
                ArticleResponse.Seo.from(article.seo),
                ArticleResponse.Social.from(article.social),
                article.commentsOpen,
                article.pinnedRelated.stream().map(a -> a.slug).toList(),
                article.excludeFromRelated,
                article.wordCount,
                article.readingMinutes,
                article.createdAt,
                article.updatedAt,
                refs.account(article.createdBy),
                refs.account(article.updatedBy));
    }
}
