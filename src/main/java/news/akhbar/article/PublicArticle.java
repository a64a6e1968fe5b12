package news.akhbar.article;

import java.time.OffsetDateTime;

/** A public article as features that hang content under it (comments) need it. */
public record PublicArticle(long id, String slug, String lang, boolean commentsOpen, OffsetDateTime publishedAt) {

    static PublicArticle from(Article article) {
        return new PublicArticle(article.id, article.slug, article.lang, article.commentsOpen, article.publishedAt);
    }
}
