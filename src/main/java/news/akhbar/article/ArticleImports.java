package news.akhbar.article;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.cache.CacheInvalidations;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.time.Times;

/** Articles from another system, by their id there: the first import creates them, the next ones update them. */
@ApplicationScoped
public class ArticleImports {

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleWriter writer;

    @Inject
    Clock clock;

    @Inject
    CacheInvalidations invalidations;

    /** Creates or replaces the article with this external id; true when it was created. */
    @Transactional
    public boolean upsert(String externalId, ArticleRequest request, long accountId) {
        Article article = articles.find("externalId", externalId).firstResult();
        boolean created = article == null;
        if (created) {
            article = new Article();
            article.externalId = externalId;
            article.createdBy = accountId;
            String slug = request.slug() != null
                    ? writer.checkedSlug(request.slug(), null)
                    : writer.generatedSlug(request.title());
            writer.apply(article, request, slug);
            // Set before the insert: set after it, it would cost an update that writes the whole row again.
            article.updatedBy = accountId;
            articles.persist(article);
        } else {
            boolean wasPublic = article.isPublicAt(Times.now(clock));
            String oldSlug = article.slug;
            String slug = request.slug() != null ? writer.checkedSlug(request.slug(), article) : article.slug;
            article.authorIds.clear();
            article.tagIds.clear();
            article.sources.clear();
            article.pinnedRelated.clear();
            writer.apply(article, request, slug);
            writer.recordSlugChange(article, oldSlug, wasPublic);
            article.updatedBy = accountId;
        }
        articles.flush();
        articles.syncPublicFrom(article.id);
        // An import changes much at once: every cached response goes (once per transaction, however many lines).
        invalidations.invalidate(CacheKeys.ALL);
        return created;
    }
}
