package news.akhbar.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.akhbar.account.AccountRef;
import news.akhbar.author.AuthorRef;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.content.Image;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.TagRef;

/**
 * The other features' names for what a set of articles refers to (authors, categories, tags, staff), loaded once for
 * the whole set by {@link ArticleViews}, so that responses are built without a query per article.
 */
record ArticleRefs(
        Map<Long, AuthorRef> authors,
        Map<Long, CategoryRef> categories,
        Map<Long, TagRef> tags,
        Map<Long, AccountRef> accounts,
        SiteUrls site) {

    /** The article's page on the publisher's site. */
    String urlOf(Article article) {
        return site.article(article.slug);
    }

    List<AuthorRef> authorsOf(Article article) {
        return article.authorIds.stream().map(authors::get).toList();
    }

    CategoryRef categoryOf(Article article) {
        return article.categoryId == null ? null : categories.get(article.categoryId);
    }

    /** Tags have no order of their own; by slug, so every response lists them alike. */
    List<TagRef> tagsOf(Article article) {
        return article.tagIds.stream()
                .map(tags::get)
                .sorted(Comparator.comparing(TagRef::slug))
                .toList();
    }

    AccountRef account(Long id) {
        return id == null ? null : accounts.get(id);
    }

    /** What an article shows, for the response cache: itself, its authors, category and tags. */
    static void addCacheKeys(
            Set<String> keys, String slug, List<AuthorRef> authors, CategoryRef category, List<TagRef> tags) {
        keys.add(CacheKeys.article(slug));
        authors.forEach(author -> keys.add(CacheKeys.author(author.slug())));
        if (category != null) {
            keys.add(CacheKeys.category(category.slug()));
        }
        tags.forEach(tag -> keys.add(CacheKeys.tag(tag.slug())));
    }

    static Image image(FeaturedImage image) {
        return image == null || image.url == null
                ? null
                : new Image(image.url, image.alt, image.caption, image.credit, image.width, image.height)
                        .withLang(image.lang)
                        .withRenditions(image.media);
    }
}
