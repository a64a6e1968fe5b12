package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.SiteUrls;
import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.time.Times;

/** Published articles as feeds and sitemaps read them: newest first, from the public_from index. */
@ApplicationScoped
public class ArticleSyndication {

    @Inject
    ArticleService service;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleViews views;

    @Inject
    SiteUrls site;

    @Inject
    Clock clock;

    @Inject
    PublicChanges publicChanges;

    /** An article of a feed: its summary and, for a full-content feed, its sanitized HTML. */
    public record FeedArticle(ArticleSummary summary, String html) {}

    public record SitemapUrl(String url, OffsetDateTime lastModified) {}

    public record NewsArticle(String url, String title, String lang, OffsetDateTime publishedAt) {}

    /**
     * The newest public articles of a category (with its sub-categories), a tag, an author, or the whole site when
     * all three are null; empty when the category, tag or author does not exist.
     */
    @Transactional
    public Optional<List<FeedArticle>> latest(String category, String tag, String author, int limit) {
        ReadOnly.session(articles.getEntityManager());
        ArticleService.ListQuery query = new ArticleService.ListQuery(
                category, tag == null ? List.of() : List.of(tag), author, null, null, null, ArticleSort.NEWEST);
        OffsetDateTime now = Times.now(clock);
        return service.resolve(query).map(filter -> {
            List<Article> found = articles.findVisible(filter, 0, limit, null, now);
            ArticleRefs refs = views.refs(found);
            return found.stream()
                    .map(article -> new FeedArticle(ArticleSummary.from(article, refs), article.bodyHtml))
                    .toList();
        });
    }

    /** The public articles among {@code slugs}, by slug; a slug that is not public now is left out. */
    @Transactional
    public Map<String, ArticleSummary> publicSummaries(Collection<String> slugs) {
        ReadOnly.session(articles.getEntityManager());
        List<Article> found = articles.findVisibleBySlugs(slugs, Times.now(clock));
        articles.findWithAssociations(found.stream().map(a -> a.id).toList());
        ArticleRefs refs = views.refs(found);
        return found.stream().collect(Collectors.toMap(a -> a.slug, a -> ArticleSummary.from(a, refs)));
    }

    /** Scheduled articles whose time has come enter the change feed (a read of it calls this first). */
    public void releaseDue() {
        publicChanges.release();
    }

    @Transactional
    public long publicCount() {
        ReadOnly.session(articles.getEntityManager());
        return articles.countVisible(Times.now(clock));
    }

    /**
     * One part of the article sitemap, newest first: the order of the public_from index, so a part costs its offset
     * in index entries and its own rows, never a sort of the archive.
     */
    @Transactional
    public List<SitemapUrl> sitemapPart(int part, int size) {
        ReadOnly.session(articles.getEntityManager());
        return articles
                .getEntityManager()
                .createQuery(
                        "select a.slug, a.updatedAt from Article a where " + ArticleRepository.VISIBLE
                                + " order by a.publicFrom desc, a.id desc",
                        Object[].class)
                .setParameter("now", Times.now(clock))
                .setFirstResult(Math.multiplyExact(part, size))
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(row -> new SitemapUrl(site.article((String) row[0]), (OffsetDateTime) row[1]))
                .toList();
    }

    /** Articles that went public after {@code since}, newest first (a Google News sitemap). */
    @Transactional
    public List<NewsArticle> publishedSince(OffsetDateTime since, int limit) {
        ReadOnly.session(articles.getEntityManager());
        return articles
                .getEntityManager()
                .createQuery(
                        "select a.slug, a.title, a.lang, a.publicFrom from Article a where "
                                + ArticleRepository.VISIBLE
                                + " and a.publicFrom > :since order by a.publicFrom desc, a.id desc",
                        Object[].class)
                .setParameter("now", Times.now(clock))
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new NewsArticle(
                        site.article((String) row[0]), (String) row[1], (String) row[2], (OffsetDateTime) row[3]))
                .toList();
    }
}
