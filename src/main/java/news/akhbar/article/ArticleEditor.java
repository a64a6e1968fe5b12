package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.account.StaffAccount;
import news.akhbar.author.Author;
import news.akhbar.author.AuthorService;
import news.akhbar.common.Actor;
import news.akhbar.common.AkhbarConfig;
import news.akhbar.common.BaseEntity;
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.Preconditions;
import news.akhbar.common.ProblemException;
import news.akhbar.common.ProblemType;
import news.akhbar.common.QueryParams;
import news.akhbar.common.Roles;
import news.akhbar.common.Slugs;
import news.akhbar.common.TextDirection;
import news.akhbar.common.Urls;
import news.akhbar.common.Versioned;
import news.akhbar.taxonomy.Tag;
import news.akhbar.taxonomy.TaxonomyService;

/** Everything the newsroom does to articles: write, replace, patch, publish, schedule, archive, delete. */
@ApplicationScoped
public class ArticleEditor {

    private static final int EXCERPT_LENGTH = 240;

    private final ArticleRepository articles;
    private final AuthorService authors;
    private final TaxonomyService taxonomy;
    private final EntityManager em;
    private final ArticleBody body;
    private final String siteLang;

    @Inject
    ArticleEditor(
            ArticleRepository articles,
            AuthorService authors,
            TaxonomyService taxonomy,
            EntityManager em,
            AkhbarConfig config) {
        this.articles = articles;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.em = em;
        this.body = new ArticleBody(config.site().url(), config.site().articlePath());
        this.siteLang = config.site().lang();
    }

    /** Filters of the management list; null means "any". */
    record AdminFilter(String status, String authorSlug, String categorySlug, String text) {}

    @Transactional
    Paged<AdminArticleSummary> list(AdminFilter filter, PageRequest page) {
        OffsetDateTime now = BaseEntity.now();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            switch (filter.status()) {
                case "published" ->
                    where.append(" and a.status in (news.akhbar.article.ArticleStatus.PUBLISHED, "
                            + "news.akhbar.article.ArticleStatus.SCHEDULED) and a.publishedAt <= :now");
                case "scheduled" ->
                    where.append(" and a.status in (news.akhbar.article.ArticleStatus.PUBLISHED, "
                            + "news.akhbar.article.ArticleStatus.SCHEDULED) and a.publishedAt > :now");
                default -> {
                    where.append(" and a.status = :status");
                    params.put("status", ArticleStatus.fromJson(filter.status()));
                }
            }
            if (where.indexOf(":now") >= 0) {
                params.put("now", now);
            }
        }
        if (filter.authorSlug() != null) {
            where.append(" and exists (select 1 from a.authors au where au.slug = :author)");
            params.put("author", filter.authorSlug());
        }
        if (filter.categorySlug() != null) {
            where.append(" and a.primaryCategory.slug = :category");
            params.put("category", filter.categorySlug());
        }
        if (filter.text() != null) {
            where.append(" and lower(a.title) like :text").append(QueryParams.LIKE_ESCAPE);
            params.put("text", QueryParams.containing(filter.text()));
        }
        var count = em.createQuery("select count(a) from Article a where " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        var ids = em.createQuery(
                "select a.id from Article a where " + where + " order by a.updatedAt desc, a.id desc", Long.class);
        params.forEach(ids::setParameter);
        List<Long> pageIds = ids.setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        List<AdminArticleSummary> items = articles.findWithAssociations(pageIds).stream()
                .map(article -> AdminArticleSummary.from(article, now))
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AdminArticleResponse> get(long id) {
        Article article = require(id);
        return versioned(article);
    }

    /** Creates an article; the body is sanitized before it is stored. {@code actor} is null for the system. */
    @Transactional
    public Versioned<AdminArticleResponse> create(ArticleRequest request, Actor actor) {
        if (actor != null && actor.is(Roles.AUTHOR) && isPublishing(request.status())) {
            throw ProblemException.forbidden("An author cannot publish or schedule; an editor does.");
        }
        Article article = new Article();
        String slug = request.slug() != null ? checkedSlug(request.slug(), null) : generatedSlug(request.title(), null);
        apply(article, request, slug);
        if (article.authors.isEmpty() && actor != null && actor.authorId() != null) {
            article.authors.add(em.getReference(Author.class, actor.authorId()));
        }
        if (actor != null) {
            article.createdBy = em.getReference(StaffAccount.class, actor.accountId());
            article.updatedBy = article.createdBy;
        }
        articles.persist(article);
        articles.flush();
        return versioned(article);
    }

    /** PUT: the request replaces the article. Without a slug, the current slug stays. */
    @Transactional
    Versioned<AdminArticleResponse> replace(long id, String ifMatch, ArticleRequest request, Actor actor) {
        Article article = require(id);
        Preconditions.requireMatch(ifMatch, article.version);
        checkMayEdit(article, actor);
        OffsetDateTime now = BaseEntity.now();
        if (actor.is(Roles.AUTHOR)
                && isPublishing(request.status())
                && article.effectiveStatus(now) != effectiveAfter(request, now)) {
            throw ProblemException.forbidden("An author cannot publish or schedule; an editor does.");
        }
        boolean wasPublic = article.isPublicAt(now);
        String oldSlug = article.slug;
        String slug = request.slug() != null ? checkedSlug(request.slug(), article) : article.slug;
        article.authors.clear();
        article.tags.clear();
        article.sources.clear();
        article.pinnedRelated.clear();
        apply(article, request, slug);
        if (article.pinnedRelated.stream().anyMatch(related -> related.id.equals(article.id))) {
            throw ProblemException.invalidField("related", "an article cannot be related to itself");
        }
        recordSlugChange(article, oldSlug, wasPublic);
        touch(article, actor);
        return versioned(article);
    }

    /** The article as a full request, the base that a merge patch is applied to. */
    @Transactional
    ArticleRequest currentAsRequest(long id) {
        Article a = require(id);
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
                a.authors.stream().map(au -> au.slug).toList(),
                a.primaryCategory == null ? null : a.primaryCategory.slug,
                a.tags.stream().map(t -> t.slug).sorted().toList(),
                ArticleMapping.image(a.featuredImage),
                a.sources.stream()
                        .map(s -> new ArticleResponse.SourceRef(s.name, s.url))
                        .toList(),
                ArticleResponse.Seo.from(a.seo),
                a.commentsOpen,
                a.pinnedRelated.stream().map(r -> r.slug).toList(),
                a.excludeFromRelated);
    }

    @Transactional
    void delete(long id, String ifMatch, Actor actor) {
        Article article = require(id);
        Preconditions.requireMatch(ifMatch, article.version);
        checkMayEdit(article, actor);
        if (actor.is(Roles.AUTHOR) && article.isPublicAt(BaseEntity.now())) {
            throw ProblemException.forbidden("An author cannot delete a published article; an editor can.");
        }
        // Other articles may pin this one as related; those links go with it.
        em.createNativeQuery("delete from article_related where related_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        articles.delete(article);
        articles.flush();
    }

    /**
     * Publishes now, or at {@code publishedAt} when that is in the future (scheduled). Without a time, an article
     * keeps the publication time it already has, so that re-publishing does not make old news look new.
     */
    @Transactional
    Versioned<AdminArticleResponse> publish(long id, String ifMatch, OffsetDateTime publishedAt, Actor actor) {
        Article article = require(id);
        checkOptionalMatch(ifMatch, article);
        OffsetDateTime now = BaseEntity.now();
        OffsetDateTime at =
                publishedAt != null ? utc(publishedAt) : article.publishedAt != null ? article.publishedAt : now;
        article.publishedAt = at;
        article.status = at.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        touch(article, actor);
        return versioned(article);
    }

    @Transactional
    Versioned<AdminArticleResponse> changeStatus(long id, String ifMatch, ArticleStatus status, Actor actor) {
        Article article = require(id);
        checkOptionalMatch(ifMatch, article);
        article.status = status;
        touch(article, actor);
        return versioned(article);
    }

    private void apply(Article article, ArticleRequest request, String slug) {
        OffsetDateTime now = BaseEntity.now();
        article.slug = slug;
        article.title = request.title().strip();
        article.subtitle = request.subtitle();
        article.lang = language(request.lang());
        ArticleStatus status = request.status() == null ? ArticleStatus.DRAFT : request.status();
        OffsetDateTime publishedAt = request.publishedAt() == null ? null : utc(request.publishedAt());
        if (status == ArticleStatus.SCHEDULED && publishedAt == null) {
            throw ProblemException.invalidField("publishedAt", "a scheduled article needs its publication time");
        }
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
            publishedAt = publishedAt == null ? now : publishedAt;
            status = publishedAt.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        }
        article.status = status;
        article.publishedAt = publishedAt;
        article.byline = request.byline();
        article.bodyHtml = body.sanitize(request.body());
        article.bodyText = ArticleBody.text(article.bodyHtml);
        article.wordCount = ArticleBody.wordCount(article.bodyText);
        article.readingMinutes = ArticleBody.readingMinutes(article.wordCount);
        article.excerpt = request.excerpt() != null ? request.excerpt() : excerptOf(article.bodyText);
        for (String authorSlug : orEmpty(request.authors())) {
            Author author = authors.findEntity(Slugs.normalize(authorSlug))
                    .orElseThrow(
                            () -> ProblemException.invalidField("authors", "no author with slug '" + authorSlug + "'"));
            if (article.authors.contains(author)) {
                throw ProblemException.invalidField("authors", "'" + authorSlug + "' is listed twice");
            }
            article.authors.add(author);
        }
        article.primaryCategory = request.category() == null
                ? null
                : taxonomy.findCategoryEntity(Slugs.normalize(request.category()))
                        .orElseThrow(() -> ProblemException.invalidField(
                                "category", "no category with slug '" + request.category() + "'"));
        for (String tagSlug : orEmpty(request.tags())) {
            Tag tag = taxonomy.findTagEntity(Slugs.normalize(tagSlug))
                    .orElseThrow(() -> ProblemException.invalidField("tags", "no tag with slug '" + tagSlug + "'"));
            article.tags.add(tag);
        }
        article.featuredImage = null;
        if (request.featuredImage() != null) {
            article.featuredImage = new FeaturedImage();
            article.featuredImage.url = Urls.checkWebUrl(
                    "featuredImage.url", request.featuredImage().url());
            article.featuredImage.alt = request.featuredImage().alt();
            article.featuredImage.caption = request.featuredImage().caption();
            article.featuredImage.credit = request.featuredImage().credit();
            article.featuredImage.width = request.featuredImage().width();
            article.featuredImage.height = request.featuredImage().height();
        }
        orEmpty(request.sources())
                .forEach(source -> article.sources.add(
                        new Source(source.name().strip(), Urls.checkWebUrl("sources.url", source.url()))));
        article.seo = null;
        if (request.seo() != null) {
            article.seo = new Seo();
            article.seo.metaTitle = request.seo().metaTitle();
            article.seo.metaDescription = request.seo().metaDescription();
            article.seo.canonicalUrl =
                    Urls.checkWebUrl("seo.canonicalUrl", request.seo().canonicalUrl());
        }
        article.commentsOpen = request.commentsOpen() == null || request.commentsOpen();
        article.excludeFromRelated = Boolean.TRUE.equals(request.excludeFromRelated());
        for (String relatedSlug : orEmpty(request.related())) {
            Article related = articles.find("slug", Slugs.normalize(relatedSlug))
                    .firstResultOptional()
                    .orElseThrow(() ->
                            ProblemException.invalidField("related", "no article with slug '" + relatedSlug + "'"));
            if (article.pinnedRelated.contains(related)) {
                throw ProblemException.invalidField("related", "'" + relatedSlug + "' is listed twice");
            }
            article.pinnedRelated.add(related);
        }
    }

    /** Old public slugs keep answering with a redirect; taking an old slug back removes its redirect. */
    private void recordSlugChange(Article article, String oldSlug, boolean wasPublic) {
        if (oldSlug.equals(article.slug)) {
            return;
        }
        SlugRedirect.delete("slug", article.slug);
        if (wasPublic && SlugRedirect.findByIdOptional(oldSlug).isEmpty()) {
            SlugRedirect redirect = new SlugRedirect();
            redirect.slug = oldSlug;
            redirect.article = article;
            redirect.persist();
        }
    }

    private String checkedSlug(String requested, Article self) {
        String slug = Slugs.normalize(requested);
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalidField("slug", "letters, digits and single hyphens only");
        }
        if (takenByOther(slug, self)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The slug '" + slug + "' is taken by another article.",
                    List.of(new news.akhbar.common.Problem.InvalidParam("slug", "body", "already taken")));
        }
        return slug;
    }

    private String generatedSlug(String title, Article self) {
        String slug = Slugs.fromTitle(title);
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalidField("title", "gives no slug; send one in 'slug'");
        }
        String unique = slug;
        for (int n = 2; takenByOther(unique, self); n++) {
            unique = slug + "-" + n;
        }
        return unique;
    }

    private boolean takenByOther(String slug, Article self) {
        Article owner = articles.find("slug", slug).firstResult();
        if (owner != null && owner != self) {
            return true;
        }
        SlugRedirect redirect = SlugRedirect.findById(slug);
        return redirect != null && redirect.article != self;
    }

    /** An author may change only what they wrote or are named on. */
    private void checkMayEdit(Article article, Actor actor) {
        if (!actor.is(Roles.AUTHOR)) {
            return;
        }
        boolean wrote = article.createdBy != null && article.createdBy.id == actor.accountId();
        boolean named =
                actor.authorId() != null && article.authors.stream().anyMatch(a -> a.id.equals(actor.authorId()));
        if (!wrote && !named) {
            throw ProblemException.forbidden("An author can change only their own articles.");
        }
    }

    private static void checkOptionalMatch(String ifMatch, Article article) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Preconditions.requireMatch(ifMatch, article.version);
        }
    }

    private void touch(Article article, Actor actor) {
        article.updatedBy = em.getReference(StaffAccount.class, actor.accountId());
        article.updatedAt = BaseEntity.now();
        // Flushing here turns a concurrent change into a 412 now, not into an error after the answer.
        articles.flush();
    }

    private static boolean isPublishing(ArticleStatus status) {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
    }

    private static ArticleStatus effectiveAfter(ArticleRequest request, OffsetDateTime now) {
        ArticleStatus status = request.status() == null ? ArticleStatus.DRAFT : request.status();
        if (!isPublishing(status)) {
            return status;
        }
        return request.publishedAt() != null && request.publishedAt().isAfter(now)
                ? ArticleStatus.SCHEDULED
                : ArticleStatus.PUBLISHED;
    }

    private Versioned<AdminArticleResponse> versioned(Article article) {
        return new Versioned<>(AdminArticleResponse.from(article, BaseEntity.now()), article.version);
    }

    private Article require(long id) {
        return articles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No article has the id " + id + "."));
    }

    private String language(String lang) {
        if (lang == null) {
            return siteLang;
        }
        if (!TextDirection.isWellFormed(lang)) {
            throw ProblemException.invalidField("lang", "not a BCP 47 language tag");
        }
        return TextDirection.normalize(lang);
    }

    /** The first paragraph, cut at a word boundary. */
    private static String excerptOf(String text) {
        String first = text.split("\n\n", 2)[0];
        if (first.length() <= EXCERPT_LENGTH) {
            return first.isEmpty() ? null : first;
        }
        int cut = first.lastIndexOf(' ', EXCERPT_LENGTH);
        return first.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + "…";
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
