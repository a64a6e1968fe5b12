package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.author.AuthorRef;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.TagRef;

/** An article in a list: everything a card or a teaser needs, without the body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(
                required = true,
                examples = "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو")
        String slug,

        @Schema(
                required = true,
                examples = "تفاصيل جديدة تكشف لأول مرة حول الساعات الأخيرة لبشار الأسد في سوريا وقصة الهروب إلى موسكو!")
        String title,

        @Schema(
                required = true,
                description = "The article's page on the publisher's site (`akhbar.site.article-url`).",
                examples = "https://taifpost.example/articles/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84")
        String url,

        String subtitle,

        @Schema(
                examples =
                        "كشفت تقارير إعلامية غربية عن تفاصيل جديدة تكشف لأول مرة حول الساعات الأخيرة لبشار الأسد في سوريا…")
        String excerpt,

        @Schema(required = true, description = "BCP 47 language tag of the content.", examples = "ar")
        String lang,

        @Schema(
                required = true,
                description = "Writing direction derived from `lang`.",
                enumeration = {"rtl", "ltr"})
        String dir,

        @Schema(examples = "طيف بوست – فريق التحرير") String byline,

        @Schema(required = true, description = "In order; the first is the primary author.")
        List<AuthorRef> authors,

        CategoryRef category,
        @Schema(required = true) List<TagRef> tags,
        Image featuredImage,

        @Schema(required = true, examples = "2025-01-12T09:30:00Z")
        OffsetDateTime publishedAt,

        @Schema(required = true, examples = "2025-01-12T10:05:00Z")
        OffsetDateTime updatedAt,

        @Schema(required = true, examples = "612") int wordCount,
        @Schema(required = true, examples = "4") int readingTimeMinutes,

        @Schema(required = true, description = "Approved comments, as GET …/comments shows them.", examples = "12")
        int commentCount)
        implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        ArticleRefs.addCacheKeys(keys, slug, authors, category, tags);
    }

    static ArticleSummary from(Article article, ArticleRefs refs) {
        return new ArticleSummary(
                article.slug,
                article.title,
                refs.urlOf(article),
                article.subtitle,
                article.excerpt,
                article.lang,
                TextDirection.of(article.lang),
                article.byline,
                refs.authorsOf(article),
                refs.categoryOf(article),
                refs.tagsOf(article),
                ArticleRefs.image(article.featuredImage),
                article.publishedAt,
                article.updatedAt,
                article.wordCount,
                article.readingMinutes,
                article.commentCount);
    }
}
