package news.akhbar.article;

import java.util.Comparator;
import java.util.List;

import news.akhbar.author.AuthorRef;
import news.akhbar.common.Image;
import news.akhbar.taxonomy.TagRef;

/** Small conversions shared by the article responses. */
final class ArticleMapping {

    private ArticleMapping() {}

    static Image image(FeaturedImage image) {
        return image == null || image.url == null
                ? null
                : new Image(image.url, image.alt, image.caption, image.credit, image.width, image.height);
    }

    static List<AuthorRef> authors(Article article) {
        return article.authors.stream().map(AuthorRef::from).toList();
    }

    /** Tags have no order of their own; by slug, so every response lists them alike. */
    static List<TagRef> tags(Article article) {
        return article.tags.stream()
                .map(TagRef::from)
                .sorted(Comparator.comparing(TagRef::slug))
                .toList();
    }
}
