package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import news.akhbar.common.SiteConfig;
import news.akhbar.common.content.MediaRef;
import news.akhbar.common.problem.Problem;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.text.TextDirection;
import news.akhbar.common.text.Urls;
import news.akhbar.common.time.Times;
import news.akhbar.media.LibraryImage;
import news.akhbar.media.MediaService;

/** Turns an article request into the stored article: slug, sanitized body and its derived text, references. */
@ApplicationScoped
class ArticleWriter {

    private static final int EXCERPT_LENGTH = 240;
    private static final Pattern STORED_MEDIA_KEY = Pattern.compile(ArticleBody.MEDIA + "=\"([A-Za-z0-9_-]{16,32}) ");

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

    @Inject
    MediaService library;

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
                .forEach(source -> article.sources.add(new Source(
                        source.name().strip(),
                        Urls.checkWebUrl("sources.url", source.url()),
                        source.lang() == null
                                ? null
                                : TextDirection.checkedField("sources.lang", source.lang(), null))));
        article.seo = Seo.from(request.seo());
        article.social = SocialFields.from(request.social());
        if (linkLibraryImages(article, parsed)) {
            article.bodyHtml = parsed.body().html();
        }
        checkImagesDescribed(article, parsed);
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

    /**
     * Library images (addresses of their renditions) get what the library knows, looked up in one query: the
     * stored reference that lists their renditions at read time, size, and the library's words where the article
     * gives none; in the body, also {@code srcset}. True when the body changed.
     */
    private boolean linkLibraryImages(Article article, Document parsed) {
        FeaturedImage featured = article.featuredImage;
        String featuredKey =
                featured == null ? null : MediaRef.keyOf(featured.url).orElse(null);
        Map<Element, String> bodyKeys = new LinkedHashMap<>();
        for (Element img : parsed.body().select("img[src]")) {
            MediaRef.keyOf(img.attr("src")).ifPresent(key -> bodyKeys.put(img, key));
        }
        SocialFields social = article.social;
        String socialKey =
                social == null ? null : MediaRef.keyOf(social.imageUrl).orElse(null);
        if (featuredKey == null && socialKey == null && bodyKeys.isEmpty()) {
            return false;
        }
        Set<String> keys = new HashSet<>(bodyKeys.values());
        if (featuredKey != null) {
            keys.add(featuredKey);
        }
        if (socialKey != null) {
            keys.add(socialKey);
        }
        Map<String, LibraryImage> found = library.find(keys);
        if (socialKey != null) {
            // A card names one size: the one its address gives, with the library's alt when it has none.
            LibraryImage image = found.get(socialKey);
            if (image == null) {
                throw ProblemException.invalidField("social.image.url", "no media item '" + socialKey + "'");
            }
            social.imageWidth = image.ref().widthOf(social.imageUrl);
            social.imageHeight = image.ref().heightAt(social.imageWidth);
            social.imageAlt = isBlank(social.imageAlt) ? image.alt() : social.imageAlt;
        }
        if (featuredKey != null) {
            LibraryImage image = found.get(featuredKey);
            if (image == null) {
                throw ProblemException.invalidField("featuredImage.url", "no media item '" + featuredKey + "'");
            }
            featured.media = image.ref().stored();
            featured.width = image.ref().widthOf(featured.url);
            featured.height = image.ref().heightAt(featured.width);
            boolean ownWords = !isBlank(featured.alt) || !isBlank(featured.caption);
            featured.alt = isBlank(featured.alt) ? image.alt() : featured.alt;
            featured.caption = isBlank(featured.caption) ? image.caption() : featured.caption;
            featured.credit = isBlank(featured.credit) ? image.credit() : featured.credit;
            if (!ownWords && featured.lang == null) {
                featured.lang = differentLanguage(image.lang(), article.lang);
            }
        }
        for (var entry : bodyKeys.entrySet()) {
            LibraryImage image = found.get(entry.getValue());
            if (image == null) {
                throw ProblemException.invalidField("body", "an image names no media item '" + entry.getValue() + "'");
            }
            Element img = entry.getKey();
            String src = img.attr("src");
            int width = image.ref().widthOf(src);
            img.attr("width", String.valueOf(width));
            img.attr("height", String.valueOf(image.ref().heightAt(width)));
            img.attr("srcset", image.ref().srcset(src));
            img.attr(ArticleBody.MEDIA, image.ref().stored());
            if (isBlank(img.attr("alt")) && !isBlank(image.alt())) {
                img.attr("alt", image.alt());
                String lang = differentLanguage(image.lang(), article.lang);
                if (lang != null && !img.hasAttr("lang")) {
                    img.attr("lang", lang);
                    img.attr("dir", TextDirection.of(lang));
                }
            }
        }
        return !bodyKeys.isEmpty();
    }

    /**
     * A published or scheduled article describes every library image it shows: readers who cannot see it get the
     * alt text. An external image is not checked (there is no library entry to say so).
     */
    void checkImagesDescribed(Article article) {
        checkImagesDescribed(article, ArticleBody.parse(article.bodyHtml));
    }

    private static void checkImagesDescribed(Article article, Document parsed) {
        if (!(article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED)) {
            return;
        }
        Set<String> undescribed = new TreeSet<>();
        FeaturedImage featured = article.featuredImage;
        if (featured != null && featured.media != null && isBlank(featured.alt)) {
            undescribed.add(MediaRef.parse(featured.media).key());
        }
        for (Element img : parsed.body().select("img[" + ArticleBody.MEDIA + "]")) {
            MediaRef ref = MediaRef.parse(img.attr(ArticleBody.MEDIA));
            if (ref != null && isBlank(img.attr("alt"))) {
                undescribed.add(ref.key());
            }
        }
        if (!undescribed.isEmpty()) {
            throw new ProblemException(
                    ProblemType.ALT_TEXT_REQUIRED,
                    "Describe these images before publishing: " + String.join(", ", undescribed)
                            + " (give alt in the article, or in the media library).");
        }
    }

    /** Whether the article shows library images: only then has the library a record of it to change. */
    static boolean showsLibraryImages(Article article) {
        return article.featuredImage != null && article.featuredImage.media != null
                || article.bodyHtml != null && article.bodyHtml.contains(ArticleBody.MEDIA);
    }

    /**
     * Tells the library which of its items the article shows (drafts count: deleting would break them); nothing to
     * say, and no statement, when it showed none before ({@code showedBefore}) and shows none now.
     */
    void recordMediaUse(Article article, boolean showedBefore) {
        if (!showedBefore && !showsLibraryImages(article)) {
            return;
        }
        Set<String> keys = new TreeSet<>();
        if (article.featuredImage != null) {
            MediaRef ref = MediaRef.parse(article.featuredImage.media);
            if (ref != null) {
                keys.add(ref.key());
            }
        }
        if (article.bodyHtml != null) {
            // The attribute is this writer's own, written after sanitizing: found in the text without a second parse.
            Matcher media = STORED_MEDIA_KEY.matcher(article.bodyHtml);
            while (media.find()) {
                keys.add(media.group(1));
            }
        }
        library.recordUse(MediaService.ARTICLE, article.id, keys);
    }

    /** {@code lang} when the text is in another language than the article, else null. */
    private static String differentLanguage(String lang, String articleLang) {
        return lang == null || lang.equalsIgnoreCase(articleLang) ? null : lang;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
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
