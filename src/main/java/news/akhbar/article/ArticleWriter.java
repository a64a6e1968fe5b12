package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.nodes.Document;

import news.akhbar.common.SiteConfig;
import news.akhbar.common.problem.Problem;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.text.TextDirection;
import news.akhbar.common.text.Urls;
import news.akhbar.common.time.Times;

/** Turns an article request into the stored article: slug, sanitized body and its derived text, references. */
@ApplicationScoped
class ArticleWriter {

    private static final int EXCERPT_LENGTH = 240;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleBody body;

    @Inject
    ReferenceIds references;

    @Inject
    SiteConfig site;

    @Inject
    Clock clock;

    /** Replaces every field of {@code article} with the request's; collections must be empty. */
    void apply(Article article, ArticleRequest request, String slug) {
        OffsetDateTime now = Times.now(clock);
        article.slug = slug;
        article.title = request.title().strip();
        article.subtitle = request.subtitle();
        article.lang = TextDirection.checkedField("lang", request.lang(), site.lang());
        ArticleStatus status = request.status() == null ? ArticleStatus.DRAFT : request.status();
        OffsetDateTime publishedAt = request.publishedAt() == null ? null : Times.utc(request.publishedAt());
        if (status == ArticleStatus.SCHEDULED && publishedAt == null) {
            throw ProblemException.invalidField("publishedAt", "a scheduled article needs its publication time");
        }
        if (status.isPublishing()) {
            publishedAt = publishedAt == null ? now : publishedAt;
            status = publishedAt.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        }
        article.setPublication(status, publishedAt);
        article.byline = request.byline();
        String sanitized = body.sanitize(request.body());
        Document parsed = ArticleBody.parse(sanitized);
        String refusal = ArticleBody.refusal(parsed);
        if (refusal != null) {
            throw ProblemException.invalidField("body", refusal);
        }
        article.bodyHtml = sanitized;
        article.bodyText = ArticleBody.text(parsed);
        article.wordCount = ArticleBody.wordCount(article.bodyText);
        article.readingMinutes = ArticleBody.readingMinutes(article.wordCount);
        article.excerpt = request.excerpt() != null ? request.excerpt() : excerptOf(article.bodyText);
        for (String authorSlug : orEmpty(request.authors())) {
            Long author = references
                    .author(authorSlug)
                    .orElseThrow(
                            () -> ProblemException.invalidField("authors", "no author with slug '" + authorSlug + "'"));
            if (article.authorIds.contains(author)) {
                throw ProblemException.invalidField("authors", "'" + authorSlug + "' is listed twice");
            }
            article.authorIds.add(author);
        }
        article.categoryId = request.category() == null
                ? null
                : references
                        .category(request.category())
                        .orElseThrow(() -> ProblemException.invalidField(
                                "category", "no category with slug '" + request.category() + "'"));
        List<String> tagSlugs =
                orEmpty(request.tags()).stream().map(Slugs::normalize).toList();
        var tagIds = references.tags(tagSlugs);
        for (String tagSlug : tagSlugs) {
            Long tag = tagIds.get(tagSlug);
            if (tag == null) {
                throw ProblemException.invalidField("tags", "no tag with slug '" + tagSlug + "'");
            }
            article.tagIds.add(tag);
        }
        article.featuredImage = FeaturedImage.from(request.featuredImage());
        orEmpty(request.sources())
                .forEach(source -> article.sources.add(
                        new Source(source.name().strip(), Urls.checkWebUrl("sources.url", source.url()))));
        article.seo = Seo.from(request.seo());
        article.social = SocialFields.from(request.social());
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
    void recordSlugChange(Article article, String oldSlug, boolean wasPublic) {
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

    String checkedSlug(String requested, Article self) {
        String slug = Slugs.normalize(requested);
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalidField("slug", "letters, digits and single hyphens only");
        }
        if (takenByOther(slug, self)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The slug '" + slug + "' is taken by another article.",
                    List.of(new Problem.InvalidParam("slug", "body", "already taken")));
        }
        return slug;
    }

    /** A slug from the title, made unique with -2, -3, … */
    String generatedSlug(String title) {
        String slug = Slugs.fromTitle(title);
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalidField("title", "gives no slug; send one in 'slug'");
        }
        String unique = slug;
        for (int n = 2; takenByOther(unique, null); n++) {
            unique = slug + "-" + n;
        }
        return unique;
    }

    /** Ids only: loading the article that holds a slug (its body and all) made this a tenth of an import. */
    private boolean takenByOther(String slug, Article self) {
        Long selfId = self == null ? null : self.id;
        for (String holder : List.of(
                "select a.id from Article a where a.slug = :slug",
                "select r.article.id from SlugRedirect r where r.slug = :slug")) {
            Long owner = articles.getEntityManager()
                    .createQuery(holder, Long.class)
                    .setParameter("slug", slug)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (owner != null && !owner.equals(selfId)) {
                return true;
            }
        }
        return false;
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

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
