package news.akhbar.article;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.author.AuthorArticleCounts;
import news.akhbar.common.time.Times;
import news.akhbar.taxonomy.CategoryArticleCounts;
import news.akhbar.taxonomy.TagArticleCounts;

/** The article counts that authors, categories and tags show, through the interfaces those features own. */
@ApplicationScoped
class ArticleCounts implements AuthorArticleCounts, CategoryArticleCounts, TagArticleCounts {

    @Inject
    ArticleRepository articles;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Map<Long, Long> publishedByAuthor(Collection<Long> authorIds) {
        return articles.countVisibleByAuthor(authorIds, Times.now(clock));
    }

    @Override
    @Transactional
    public long naming(long authorId) {
        return articles.countNamingAuthor(authorId);
    }

    @Override
    @Transactional
    public Map<Long, Long> publishedByCategory() {
        return articles.countVisibleByCategory(Times.now(clock));
    }

    @Override
    @Transactional
    public long inCategory(long categoryId) {
        return articles.countInCategory(categoryId);
    }

    @Override
    @Transactional
    public Map<Long, Long> publishedByTag(Collection<Long> tagIds) {
        return articles.countVisibleByTag(tagIds, Times.now(clock));
    }

    @Override
    @Transactional
    public long withTag(long tagId) {
        return articles.countWithTag(tagId);
    }
}
