package news.akhbar.article;

import java.time.Clock;
import java.util.Collection;

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

    @Inject
    ArticleChanges changes;

    @Inject
    PublicChanges publicChanges;

    /** What one line did: the article it wrote, and whether it created it. */
    public record Imported(long articleId, boolean created) {}

    /**
     * Creates or replaces the article with this external id. Its tag and author links learn its visibility in
     * {@link #finish}, which the same transaction must call once after its last upsert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Imported upsert(String externalId, ArticleRequest request, long accountId) {
        return upsert(externalId, null, request, accountId);
    }

    /** The same for a WordPress post, which keeps its WordPress id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Imported upsert(String externalId, Long wpId, ArticleRequest request, long accountId) {
        Article article = articles.find("externalId", externalId).firstResult();
        boolean created = article == null;
        if (created) {
            article = new Article();
            article.externalId = externalId;
            article.wpId = wpId;
            article.createdBy = accountId;
            String slug = request.slug() != null
                    ? writer.checkedSlug(request.slug(), null)
                    : writer.generatedSlug(request.title());
            writer.apply(article, request, slug);
            // Set before the insert: set after it, it would cost an update that writes the whole row again.
            article.updatedBy = accountId;
            articles.persist(article);
            articles.flush();
            writer.recordMediaUse(article, false);
        } else {
            boolean wasPublic = article.isPublicAt(Times.now(clock));
            boolean showedLibraryImages = ArticleWriter.showsLibraryImages(article);
            String oldSlug = article.slug;
            String slug = request.slug() != null ? writer.checkedSlug(request.slug(), article) : article.slug;
            article.authorIds.clear();
            article.tagIds.clear();
            article.sources.clear();
            article.pinnedRelated.clear();
            writer.apply(article, request, slug);
            writer.recordSlugChange(article, oldSlug, wasPublic);
            if (wpId != null) {
                article.wpId = wpId;
            }
            article.updatedBy = accountId;
            articles.flush();
            writer.recordMediaUse(article, showedLibraryImages);
        }
        return new Imported(article.id, created);
    }

    /** Completes the upserts of a transaction: two statements for all of its articles, not two per article. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        articles.syncLinks(articleIds);
        // An import changes much at once: every cached response goes (once per transaction, however many lines).
        invalidations.invalidate(CacheKeys.ALL);
        changes.record(articleIds, true);
        publicChanges.imported(articleIds);
    }
}
