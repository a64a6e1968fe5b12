package news.akhbar.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.article.ArticleAdminService;
import news.akhbar.article.ArticleRequest;
import news.akhbar.article.ArticleResponse;
import news.akhbar.article.ArticleStatus;
import news.akhbar.author.AuthorRequest;
import news.akhbar.author.AuthorService;
import news.akhbar.common.cache.CacheInvalidations;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.content.Image;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.TaxonomyRequests;

/** Builds the data each test needs through the same services the application uses. */
@ApplicationScoped
public class TestData {

    public static final OffsetDateTime BASE_TIME = OffsetDateTime.parse("2025-01-01T08:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    ArticleAdminService editor;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    CacheInvalidations invalidations;

    /** Empties every table, so that no test depends on another. */
    @Transactional
    public void reset() {
        em.createNativeQuery("update staff_account set author_id = null").executeUpdate();
        // Deleted behind the services' back: the search index learns of it as of another instance's delete.
        em.createNativeQuery("insert into article_change (article_id, changed_at) select id, current_timestamp from"
                        + " article")
                .executeUpdate();
        for (String table : List.of(
                "comment_idempotency",
                "comment",
                "article_related",
                "article_source",
                "article_tag",
                "article_author",
                "article",
                "author_social",
                "author",
                "tag",
                // The change feed starts again; its numbers go on, as a client's cursor may.
                "content_change",
                "content_change_due",
                "import_report",
                "media_usage",
                "media_file",
                "media")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.createNativeQuery("update category set parent_id = null").executeUpdate();
        em.createNativeQuery("delete from category").executeUpdate();
        // Deleted behind the services' back: no cached response may outlive it.
        invalidations.invalidate(CacheKeys.ALL);
    }

    public String author(String slug, String displayName) {
        return authors.create(
                new AuthorRequest(slug, displayName, null, null, null, null, slug + "@example.com", null, null));
    }

    public String author(AuthorRequest request) {
        return authors.create(request);
    }

    public String category(String slug, String parent) {
        return categories.create(
                new TaxonomyRequests.CategoryRequest(slug, slug.replace('-', ' '), null, parent, null));
    }

    public String tag(String slug) {
        return tags.create(new TaxonomyRequests.TagRequest(slug, slug.replace('-', ' '), null));
    }

    public String tag(String slug, String name, String lang) {
        return tags.create(new TaxonomyRequests.TagRequest(slug, name, lang));
    }

    public static OffsetDateTime daysAfterBase(int days) {
        return BASE_TIME.plusDays(days);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public ArticleBuilder article(String title) {
        return new ArticleBuilder(title);
    }

    /** A published article by default; every field can be changed. */
    public final class ArticleBuilder {
        private String slug;
        private final String title;
        private String body = "<p>نص المقال.</p>";
        private String excerpt;
        private String lang;
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private OffsetDateTime publishedAt = BASE_TIME;
        private String byline;
        private List<String> authors = new ArrayList<>();
        private String category;
        private List<String> tags = new ArrayList<>();
        private Image image;
        private List<String> related = new ArrayList<>();
        private boolean excludeFromRelated;

        ArticleBuilder(String title) {
            this.title = title;
        }

        public ArticleBuilder slug(String value) {
            slug = value;
            return this;
        }

        public ArticleBuilder excerpt(String value) {
            excerpt = value;
            return this;
        }

        public ArticleBuilder body(String value) {
            body = value;
            return this;
        }

        public ArticleBuilder lang(String value) {
            lang = value;
            return this;
        }

        public ArticleBuilder status(ArticleStatus value) {
            status = value;
            return this;
        }

        public ArticleBuilder publishedAt(OffsetDateTime value) {
            publishedAt = value;
            return this;
        }

        public ArticleBuilder byline(String value) {
            byline = value;
            return this;
        }

        public ArticleBuilder authors(String... values) {
            authors = List.of(values);
            return this;
        }

        public ArticleBuilder category(String value) {
            category = value;
            return this;
        }

        public ArticleBuilder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        public ArticleBuilder image(String url, String alt) {
            image = new Image(url, alt, null, null, 1200, 675);
            return this;
        }

        public ArticleBuilder related(String... slugs) {
            related = List.of(slugs);
            return this;
        }

        public ArticleBuilder excludeFromRelated() {
            excludeFromRelated = true;
            return this;
        }

        /** Creates it and returns its slug. */
        public String create() {
            return editor.create(
                            new ArticleRequest(
                                    slug,
                                    title,
                                    null,
                                    excerpt,
                                    body,
                                    lang,
                                    status,
                                    publishedAt,
                                    byline,
                                    authors,
                                    category,
                                    tags,
                                    image,
                                    List.of(new ArticleResponse.SourceRef("وكالة الأنباء", null)),
                                    null,
                                    true,
                                    related,
                                    excludeFromRelated,
                                    null),
                            null)
                    .body()
                    .slug();
        }
    }

    public static Map<String, Object> page(int page, int size) {
        return Map.of("page", page, "size", size);
    }
}
