package news.akhbar.article;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.account.AccountService;
import news.akhbar.author.AuthorService;
import news.akhbar.common.SiteUrls;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;

/**
 * Builds responses from articles whose author and tag ids are loaded: one statement per other feature for a whole
 * list (authors, categories, tags, and staff for the newsroom), whatever its size.
 */
@ApplicationScoped
class ArticleViews {

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    AccountService accounts;

    @Inject
    SiteUrls site;

    ArticleRefs refs(Collection<Article> articles) {
        return refs(articles, false);
    }

    /** With the staff accounts named in the audit fields, for the management API. */
    ArticleRefs refsWithStaff(Collection<Article> articles) {
        return refs(articles, true);
    }

    List<ArticleSummary> summaries(List<Article> articles) {
        ArticleRefs refs = refs(articles);
        return articles.stream()
                .map(article -> ArticleSummary.from(article, refs))
                .toList();
    }

    private ArticleRefs refs(Collection<Article> articles, boolean withStaff) {
        Set<Long> authorIds = new HashSet<>();
        Set<Long> categoryIds = new HashSet<>();
        Set<Long> tagIds = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        for (Article article : articles) {
            authorIds.addAll(article.authorIds);
            tagIds.addAll(article.tagIds);
            if (article.categoryId != null) {
                categoryIds.add(article.categoryId);
            }
            if (withStaff) {
                accountIds.add(article.createdBy);
                accountIds.add(article.updatedBy);
            }
        }
        accountIds.removeIf(Objects::isNull);
        return new ArticleRefs(
                authors.refs(authorIds),
                categories.refs(categoryIds),
                tags.refs(tagIds),
                withStaff ? accounts.refs(accountIds) : Map.of(),
                site);
    }
}
