package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.author.AuthorService;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.cache.CacheInvalidations;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.events.EventOutbox;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.Preconditions;
import news.akhbar.common.http.QueryParams;
import news.akhbar.common.http.Versioned;
import news.akhbar.common.persistence.JpqlFilter;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;
import news.akhbar.common.time.Times;
import news.akhbar.media.MediaService;
import news.akhbar.taxonomy.CategoryService;

/** The newsroom's side of articles: write, replace, patch, publish, schedule, archive, delete. */
@ApplicationScoped
public class ArticleAdminService {

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleWriter writer;

    @Inject
    MediaService library;

    @Inject
    ArticleViews views;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CacheInvalidations invalidations;

    @Inject
    ArticleChanges changes;

    @Inject
    PublicChanges publicChanges;

    @Inject
    EventOutbox events;

    @Inject
    SiteUrls site;

    /** Filters of the management list; null means "any". */
    record AdminFilter(String status, String authorSlug, String categorySlug, String text) {}

    @Transactional
    Paged<AdminArticleSummary> list(AdminFilter filter, PageRequest page, Actor actor) {
        OffsetDateTime now = Times.now(clock);
        Optional<JpqlFilter> where = where(filter, now, actor);
        if (where.isEmpty()) {
            return Paged.empty(page, 0);
        }
        long total = where.get().count(em, "select count(a) from Article a");
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<Article> onPage = articles.findPage(where.get(), page);
        ArticleRefs refs = views.refs(onPage);
        List<AdminArticleSummary> items = onPage.stream()
                .map(article -> AdminArticleSummary.from(article, refs, now))
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    /** True when no article exists at all, in any status. */
    @Transactional
    public boolean hasNoArticles() {
        return articles.count() == 0;
    }

    @Transactional
    Versioned<AdminArticleResponse> get(long id, Actor actor) {
        Article article = require(id);
        if (actor.is(Role.AUTHOR) && !article.isOwnedBy(actor)) {
            throw ProblemException.forbidden("An author can read only their own articles.");
        }
        return versioned(article);
    }

    /** Creates an article; the body is sanitized before it is stored. {@code actor} is null for the system. */
    @Transactional
    public Versioned<AdminArticleResponse> create(ArticleRequest request, Actor actor) {
        if (actor != null && actor.is(Role.AUTHOR) && isPublishing(request.status())) {
            throw ProblemException.forbidden("An author cannot publish or schedule; an editor does.");
        }
        Article article = new Article();
        String slug = request.slug() != null
                ? writer.checkedSlug(request.slug(), null)
                : writer.generatedSlug(request.title());
        writer.apply(article, request, slug);
        if (article.authorIds.isEmpty() && actor != null && actor.authorId() != null) {
            article.authorIds.add(actor.authorId());
        }
        if (actor != null) {
            article.createdBy = actor.accountId();
            article.updatedBy = actor.accountId();
        }
        articles.persist(article);
        articles.flush();
        writer.recordMediaUse(article, false);
        articles.syncLinks(article.id);
        announce(article.slug, article, false);
        return versioned(article);
    }

    /** PUT: the request replaces the article. Without a slug, the current slug stays. */
    @Transactional
    Versioned<AdminArticleResponse> replace(long id, String ifMatch, ArticleRequest request, Actor actor) {
        Article article = require(id);
        Preconditions.requireMatch(ifMatch, article.version);
        OffsetDateTime now = Times.now(clock);
        checkMayEdit(article, actor, now);
        if (actor.is(Role.AUTHOR) && isPublishing(request.status())) {
            throw ProblemException.forbidden("An author cannot publish or schedule; an editor does.");
        }
        boolean wasPublic = article.isPublicAt(now);
        boolean showedLibraryImages = ArticleWriter.showsLibraryImages(article);
        String oldSlug = article.slug;
        String slug = request.slug() != null ? writer.checkedSlug(request.slug(), article) : article.slug;
        article.authorIds.clear();
        article.tagIds.clear();
        article.sources.clear();
        article.pinnedRelated.clear();
        writer.apply(article, request, slug);
        if (article.pinnedRelated.stream().anyMatch(related -> related.id.equals(article.id))) {
            throw ProblemException.invalidField("related", "an article cannot be related to itself");
        }
        writer.recordSlugChange(article, oldSlug, wasPublic);
        writer.recordMediaUse(article, showedLibraryImages);
        touch(article, actor);
        announce(oldSlug, article, wasPublic);
        return versioned(article);
    }

    /** The article as a full request, the base that a merge patch is applied to. */
    @Transactional
    ArticleRequest currentAsRequest(long id) {
        Article a = require(id);
        ArticleRefs refs = views.refs(List.of(a));
        return new ArticleRequest(
                a.slug,
                a.title,
                a.subtitle,
                a.excerpt,
                a.bodyHtml,
                a.lang,
                a.status,
                a.publishedAt,
                a.byline,
                refs.authorsOf(a).stream().map(au -> au.slug()).toList(),
                refs.categoryOf(a) == null ? null : refs.categoryOf(a).slug(),
                refs.tagsOf(a).stream().map(t -> t.slug()).toList(),
                ArticleRefs.image(a.featuredImage),
                a.sources.stream().map(ArticleResponse.SourceRef::from).toList(),
                ArticleResponse.Seo.from(a.seo),
                a.commentsOpen,
                a.pinnedRelated.stream().map(r -> r.slug).toList(),
                a.excludeFromRelated,
                ArticleResponse.Social.from(a.social));
    }

    @Transactional
    void delete(long id, String ifMatch, Actor actor) {
        Article article = require(id);
        Preconditions.requireMatch(ifMatch, article.version);
        checkMayEdit(article, actor, Times.now(clock));
        // Other articles may pin this one as related; those links go with it.
        em.createNativeQuery("delete from article_related where related_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        boolean wasPublic = article.isPublicAt(Times.now(clock));
        if (ArticleWriter.showsLibraryImages(article)) {
            library.recordUse(MediaService.ARTICLE, id, List.of());
        }
        articles.delete(article);
        articles.flush();
        invalidations.invalidate(CacheKeys.article(article.slug), wasPublic ? CacheKeys.ARTICLES : null);
        changes.record(id);
        publicChanges.deleted(id, article.slug);
        if (wasPublic) {
            events.emit(
                    EventOutbox.ARTICLE_DELETED,
                    new ArticleEvent(article.slug, site.article(article.slug), null, null));
        }
    }

    /**
     * Publishes now, or at {@code publishedAt} when that is in the future (scheduled). Without a time, an article
     * keeps the publication time it already has, so that re-publishing does not make old news look new.
     */
    @Transactional
    Versioned<AdminArticleResponse> publish(long id, String ifMatch, OffsetDateTime publishedAt, Actor actor) {
        Article article = require(id);
        checkOptionalMatch(ifMatch, article);
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime at =
                publishedAt != null ? Times.utc(publishedAt) : article.publishedAt != null ? article.publishedAt : now;
        boolean wasPublic = article.isPublicAt(now);
        article.setPublication(at.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED, at);
        writer.checkImagesDescribed(article);
        touch(article, actor);
        announce(article.slug, article, wasPublic);
        return versioned(article);
    }

    @Transactional
    Versioned<AdminArticleResponse> changeStatus(long id, String ifMatch, ArticleStatus status, Actor actor) {
        Article article = require(id);
        checkOptionalMatch(ifMatch, article);
        boolean wasPublic = article.isPublicAt(Times.now(clock));
        article.setPublication(status, article.publishedAt);
        touch(article, actor);
        announce(article.slug, article, wasPublic);
        return versioned(article);
    }

    /** The list's filters as JPQL; empty when one names an author or category that does not exist. */
    private Optional<JpqlFilter> where(AdminFilter filter, OffsetDateTime now, Actor actor) {
        JpqlFilter where = JpqlFilter.all();
        if (actor.is(Role.AUTHOR)) {
            where.and(
                    "(a.createdBy = :me or a.id in (select oa.id from Article oa join oa.authorIds oau"
                            + " where oau = :myAuthor))",
                    "me",
                    actor.accountId());
            where.param("myAuthor", actor.authorId() == null ? -1L : actor.authorId());
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case "published" -> where.and(ArticleRepository.VISIBLE, "now", now);
                case "scheduled" -> where.and(ArticleRepository.SCHEDULED, "now", now);
                default -> where.and("a.status = :status", "status", ArticleStatus.fromJson(filter.status()));
            }
        }
        if (filter.authorSlug() != null) {
            Optional<Long> author = authors.findId(filter.authorSlug());
            if (author.isEmpty()) {
                return Optional.empty();
            }
            where.and(
                    "a.id in (select aa.id from Article aa join aa.authorIds au where au = :author)",
                    "author",
                    author.get());
        }
        if (filter.categorySlug() != null) {
            Optional<Long> category = categories.findId(filter.categorySlug());
            if (category.isEmpty()) {
                return Optional.empty();
            }
            where.and("a.categoryId = :category", "category", category.get());
        }
        if (filter.text() != null) {
            where.and(
                    "lower(a.title) like :text" + QueryParams.LIKE_ESCAPE,
                    "text",
                    QueryParams.containing(filter.text()));
        }
        return Optional.of(where);
    }

    /**
     * An author may change only what they wrote or are named on, and only before it goes out: once published or
     * scheduled, the text is the desk's responsibility.
     */
    private static void checkMayEdit(Article article, Actor actor, OffsetDateTime now) {
        if (!actor.is(Role.AUTHOR)) {
            return;
        }
        if (!article.isOwnedBy(actor)) {
            throw ProblemException.forbidden("An author can change only their own articles.");
        }
        if (article.effectiveStatus(now).isPublishing()) {
            throw ProblemException.forbidden(
                    "An author cannot change or delete a published or scheduled article; an editor can.");
        }
    }

    private static void checkOptionalMatch(String ifMatch, Article article) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Preconditions.requireMatch(ifMatch, article.version);
        }
    }

    private void touch(Article article, Actor actor) {
        article.updatedBy = actor.accountId();
        article.updatedAt = Times.now(clock);
        // Flushing here turns a concurrent change into a 412 now, not into an error after the answer.
        articles.flush();
        articles.syncLinks(article.id);
    }

    /**
     * Names what a write changed for the response caches: the article under its old and new slug, and every list
     * when it was or is public (it may have entered, left or moved in any of them). A draft changes no list; its key
     * still tells every instance that the next scheduled publication may have changed.
     */
    private void announce(String oldSlug, Article article, boolean wasPublic) {
        boolean isPublic = article.isPublicAt(Times.now(clock));
        invalidations.invalidate(
                CacheKeys.article(oldSlug),
                CacheKeys.article(article.slug),
                wasPublic || isPublic ? CacheKeys.ARTICLES : null);
        changes.record(article.id);
        publicChanges.written(article, oldSlug);
        String previous = oldSlug.equals(article.slug) ? null : oldSlug;
        if (isPublic) {
            ArticleSummary summary = views.summaries(List.of(article)).get(0);
            events.emit(
                    wasPublic ? EventOutbox.ARTICLE_UPDATED : EventOutbox.ARTICLE_PUBLISHED,
                    new ArticleEvent(article.slug, summary.url(), previous, summary));
        } else if (wasPublic) {
            events.emit(
                    EventOutbox.ARTICLE_UNPUBLISHED,
                    new ArticleEvent(article.slug, site.article(article.slug), previous, null));
        }
    }

    private static boolean isPublishing(ArticleStatus status) {
        return status != null && status.isPublishing();
    }

    private Versioned<AdminArticleResponse> versioned(Article article) {
        articles.findWithAssociations(List.of(article.id));
        return new Versioned<>(
                AdminArticleResponse.from(article, views.refsWithStaff(List.of(article)), Times.now(clock)),
                article.version);
    }

    private Article require(long id) {
        return articles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No article has the id " + id + "."));
    }
}
