package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;

/** What a search index keeps of an article that is published or scheduled ({@code publicFrom} is when it shows). */
public record SearchableArticle(
        long id,
        String slug,
        String lang,
        String title,
        String subtitle,
        String excerpt,
        String bodyText,
        Long categoryId,
        List<Long> tagIds,
        List<Long> authorIds,
        OffsetDateTime publishedAt,
        OffsetDateTime publicFrom) {

    static SearchableArticle from(Article article) {
        return new SearchableArticle(
                article.id,
                article.slug,
                article.lang,
                article.title,
                article.subtitle,
                article.excerpt,
                article.bodyText,
                article.categoryId,
                List.copyOf(article.tagIds),
                List.copyOf(article.authorIds),
                article.publishedAt,
                article.publicFrom);
    }
}
