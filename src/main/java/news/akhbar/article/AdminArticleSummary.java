package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.author.AuthorRef;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.CategoryRef;

@Schema(name = "AdminArticleSummary")
public record AdminArticleSummary(
        @Schema(required = true, examples = "42") long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) ArticleStatus status,
        @Schema(required = true, examples = "ar") String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir,

        @Schema(required = true) List<AuthorRef> authors,
        CategoryRef category,
        OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    static AdminArticleSummary from(Article article, ArticleRefs refs, OffsetDateTime now) {
        return new AdminArticleSummary(
                article.id,
                article.slug,
                article.title,
                article.effectiveStatus(now),
                article.lang,
                TextDirection.of(article.lang),
                refs.authorsOf(article),
                refs.categoryOf(article),
                article.publishedAt,
                article.updatedAt);
    }
}
