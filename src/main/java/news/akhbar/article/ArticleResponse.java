package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.author.AuthorRef;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.TagRef;

/** A whole published article, as the article page shows it. */
@Schema(name = "Article")
public record ArticleResponse(
        @Schema(
                required = true,
                examples = "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو")
        String slug,

        @Schema(
                required = true,
                examples = "تفاصيل جديدة تكشف لأول مرة حول الساعات الأخيرة لبشار الأسد في سوريا وقصة الهروب إلى موسكو!")
        String title,

        @Schema(
                required = true,
                description = "The article's page on the publisher's site (`akhbar.site.article-url`).",
                examples = "https://taifpost.example/articles/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84")
        String url,

        String subtitle,
        String excerpt,
        @Schema(required = true, examples = "ar") String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir,

        @Schema(examples = "طيف بوست – فريق التحرير") String byline,

        @Schema(required = true, description = "In order; the first is the primary author.")
        List<AuthorRef> authors,

        CategoryRef category,
        @Schema(required = true) List<TagRef> tags,
        Image featuredImage,
        @Schema(required = true) Body body,

        @Schema(required = true, description = "Sources the article cites.")
        List<SourceRef> sources,

        Seo seo,

        @Schema(
                required = true,
                description = "What a link to the article shows on social networks (Open Graph and Twitter cards), "
                        + "each field falling back on the SEO fields, the excerpt and the featured image.")
        SocialCard social,

        @Schema(required = true) boolean commentsOpen,

        @Schema(required = true, examples = "2025-01-12T09:30:00Z")
        OffsetDateTime publishedAt,

        @Schema(required = true, examples = "2025-01-12T10:05:00Z")
        OffsetDateTime updatedAt,

        @Schema(required = true, examples = "612") int wordCount,
        @Schema(required = true, examples = "4") int readingTimeMinutes,

        @Schema(required = true, description = "Approved comments, as GET …/comments shows them.", examples = "12")
        int commentCount)
        implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        ArticleRefs.addCacheKeys(keys, slug, authors, category, tags);
    }

    @Schema(
            name = "ArticleBody",
            description = "The body three ways: pick the one your renderer handles. Each is present unless "
                    + "`formats` leaves it out.")
    public record Body(
            @Schema(description = "Sanitized HTML.", examples = "<p>كشفت تقارير إعلامية غربية عن تفاصيل جديدة…</p>")
            String html,

            @Schema(description = "Plain text, paragraphs separated by a blank line.")
            String text,

            @Schema(description = "Structured blocks, in order.")
            List<Block> blocks) {

        Body only(Set<String> formats) {
            return new Body(
                    formats.contains("html") ? html : null,
                    formats.contains("text") ? text : null,
                    formats.contains("blocks") ? blocks : null);
        }
    }

    /** The same article with only the body formats a client renders (the rest is left out of the answer). */
    ArticleResponse withFormats(Set<String> formats) {
        return new ArticleResponse(
                slug,
                title,
                url,
                subtitle,
                excerpt,
                lang,
                dir,
                byline,
                authors,
                category,
                tags,
                featuredImage,
                body.only(formats),
                sources,
                seo,
                social,
                commentsOpen,
                publishedAt,
                updatedAt,
                wordCount,
                readingTimeMinutes,
                commentCount);
    }

    @Schema(name = "Source")
    public record SourceRef(
            @Schema(required = true, examples = "NBC News") @NotBlank @Size(max = 300)
            String name,

            @Schema(examples = "https://www.nbcnews.com/") @Size(max = 2048)
            String url,

            @Schema(
                    description = "Language of the name when it is not the article's; absent when it is.",
                    examples = "en")
            @Pattern(regexp = TextDirection.TAG_PATTERN)
            @Size(max = 35)
            String lang,

            @Schema(
                    readOnly = true,
                    description = "Direction of the name, with lang.",
                    enumeration = {"rtl", "ltr"})
            String dir) {

        public SourceRef(String name, String url) {
            this(name, url, null, null);
        }

        static SourceRef from(Source source) {
            return new SourceRef(
                    source.name, source.url, source.lang, source.lang == null ? null : TextDirection.of(source.lang));
        }
    }

    @Schema(name = "Seo")
    public record Seo(
            @Schema(examples = "الساعات الأخيرة لبشار الأسد في سوريا") @Size(max = 300)
            String metaTitle,

            @Size(max = 500) String metaDescription,
            @Size(max = 2048) String canonicalUrl) {

        static Seo from(news.akhbar.article.Seo seo) {
            if (seo == null || (seo.metaTitle == null && seo.metaDescription == null && seo.canonicalUrl == null)) {
                return null;
            }
            return new Seo(seo.metaTitle, seo.metaDescription, seo.canonicalUrl);
        }
    }

    /** What an editor sets for social cards; unset fields fall back (see {@link SocialCard}). */
    @Schema(name = "SocialFields")
    public record Social(
            @Schema(examples = "ما لم يُروَ عن ليلة الهروب إلى موسكو") @Size(max = 300)
            String title,

            @Size(max = 500) String description,

            @Schema(description = "The card's image; best 1200 by 630 pixels.") @Valid
            Image image,

            TwitterCard twitterCard) {

        static Social from(SocialFields fields) {
            if (fields == null
                    || (fields.title == null
                            && fields.description == null
                            && fields.imageUrl == null
                            && fields.twitterCard == null)) {
                return null;
            }
            return new Social(
                    fields.title,
                    fields.description,
                    fields.image(),
                    fields.twitterCard == null ? null : TwitterCard.valueOf(fields.twitterCard));
        }
    }

    public enum TwitterCard {
        summary,
        summary_large_image
    }

    /** The card as networks read it: every field resolved. */
    @Schema(name = "SocialCard")
    public record SocialCard(
            @Schema(required = true, description = "`og:title`, `twitter:title`: social title, SEO title, title.")
            String title,

            @Schema(description = "`og:description`: social description, SEO description, excerpt, the body's start.")
            String description,

            @Schema(description = "`og:image` with its size and alt text: social image, featured image.")
            Image image,

            @Schema(required = true, description = "`twitter:card`: large with an image unless set otherwise.")
            TwitterCard twitterCard) {

        static final int DESCRIPTION_LENGTH = 200;

        static SocialCard of(Article article) {
            SocialFields set = article.social == null ? new SocialFields() : article.social;
            news.akhbar.article.Seo seo = article.seo == null ? new news.akhbar.article.Seo() : article.seo;
            String title = first(set.title, seo.metaTitle, article.title);
            String description = first(set.description, seo.metaDescription, article.excerpt, start(article.bodyText));
            Image image = set.image() != null ? set.image() : ArticleRefs.image(article.featuredImage);
            TwitterCard card = set.twitterCard != null
                    ? TwitterCard.valueOf(set.twitterCard)
                    : image != null ? TwitterCard.summary_large_image : TwitterCard.summary;
            return new SocialCard(title, description, image, card);
        }

        private static String first(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }

        /**
         * The body's first words, cut at a word boundary. Runs of whitespace become one space in the part the
         * description can use only: a regex over the whole body was a twentieth of an uncached article read.
         */
        static String start(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String stripped = text.strip();
            StringBuilder flat = new StringBuilder(DESCRIPTION_LENGTH + 1);
            boolean space = false;
            for (int i = 0; i < stripped.length() && flat.length() <= DESCRIPTION_LENGTH; i++) {
                char c = stripped.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    space = true;
                    continue;
                }
                if (space) {
                    flat.append(' ');
                    space = false;
                    if (flat.length() > DESCRIPTION_LENGTH) {
                        break;
                    }
                }
                flat.append(c);
            }
            if (flat.length() <= DESCRIPTION_LENGTH) {
                return flat.toString();
            }
            int cut = flat.lastIndexOf(" ", DESCRIPTION_LENGTH);
            return flat.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH) + "…";
        }
    }

    static ArticleResponse from(Article article, ArticleRefs refs, List<Block> blocks) {
        return new ArticleResponse(
                article.slug,
                article.title,
                refs.urlOf(article),
                article.subtitle,
                article.excerpt,
                article.lang,
                TextDirection.of(article.lang),
                article.byline,
                refs.authorsOf(article),
                refs.categoryOf(article),
                refs.tagsOf(article),
                ArticleRefs.image(article.featuredImage),
                new Body(article.bodyHtml, article.bodyText, blocks),
                article.sources.stream().map(SourceRef::from).toList(),
                Seo.from(article.seo),
                SocialCard.of(article),
                article.commentsOpen,
                article.publishedAt,
                article.updatedAt,
                article.wordCount,
                article.readingMinutes,
                article.commentCount);
    }
}
