package news.akhbar.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jsoup.nodes.Element;

import news.akhbar.author.AuthorProfile;
import news.akhbar.author.AuthorService;
import news.akhbar.common.cache.TtlCache;
import news.akhbar.common.http.CacheConfig;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.time.Times;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;

/** The public reads of articles: lists, one article by slug, and an author's page. */
@ApplicationScoped
class ArticleService {

    static final int AUTHOR_BOX_ARTICLES = 5;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleViews views;

    @Inject
    ArticleBody body;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    Clock clock;

    @Inject
    CacheConfig cache;

    // Counting every public match of a filter grows with the archive (H2 walks the index: ~30 ms at 10,000).
    private TtlCache<ArticleFilter, Long> totals;

    @PostConstruct
    void init() {
        totals = new TtlCache<>(clock, cache.countsTtl());
    }

    /** The list's filters as a client sends them (slugs), before they are resolved to ids. */
    record ListQuery(
            String category,
            List<String> tags,
            String author,
            String lang,
            OffsetDateTime from,
            OffsetDateTime to,
            ArticleSort sort) {}

    /**
     * Page numbers reach this deep; past it a list is read by cursor. An offset costs as many index entries as it
     * skips, a cursor none (the same bound as Elasticsearch's max_result_window).
     */
    static final int MAX_OFFSET = 10_000;

    /** {@code cursor}: as the client sent it, or null to read by page number. */
    @Transactional
    Paged<ArticleSummary> list(ListQuery query, PageRequest page, String cursor) {
        ReadOnly.session(articles.getEntityManager());
        ArticleCursor after = cursor == null ? null : ArticleCursor.decode(cursor, query.sort());
        checkDepth(page, after);
        return resolve(query)
                .map(filter -> list(filter, page, after))
                .orElseGet(() -> after == null
                        ? Paged.empty(page, 0)
                        : new Paged<>(List.of(), PageInfo.ofCursor(page.size(), 0, null)));
    }

    @Transactional
    ArticleLookup lookup(String slug) {
        ReadOnly.session(articles.getEntityManager());
        OffsetDateTime now = Times.now(clock);
        String normalized = Slugs.normalize(slug);
        Article article = articles.findVisibleBySlug(normalized, now);
        if (article != null) {
            articles.findWithAssociations(List.of(article.id));
            List<Element> elements = ArticleBody.elements(article.bodyHtml);
            Set<String> linked = body.linkedSlugs(elements);
            return new ArticleLookup.Found(render(article, elements, linked, now), linked);
        }
        // An old slug of a renamed article keeps working, as links to it live on in the wild.
        SlugRedirect redirect = SlugRedirect.findById(normalized);
        return redirect != null && redirect.article.isPublicAt(now)
                ? new ArticleLookup.Moved(redirect.article.slug)
                : new ArticleLookup.Missing();
    }

    /** The author box: the profile, how many articles are published, and the newest of them. */
    @Transactional
    Optional<AuthorBox> authorBox(String authorSlug) {
        ReadOnly.session(articles.getEntityManager());
        return authors.profile(authorSlug).map(profile -> {
            Paged<ArticleSummary> latest =
                    list(ArticleFilter.byAuthor(profile.id()), new PageRequest(1, AUTHOR_BOX_ARTICLES));
            return AuthorBox.from(profile, latest.page().totalItems(), latest.items());
        });
    }

    /** An author's articles; empty when there is no such author. */
    @Transactional
    Optional<Paged<ArticleSummary>> authorArticles(String authorSlug, PageRequest page, String cursor) {
        ReadOnly.session(articles.getEntityManager());
        ArticleCursor after = cursor == null ? null : ArticleCursor.decode(cursor, ArticleSort.NEWEST);
        checkDepth(page, after);
        return authors.profile(authorSlug)
                .map(AuthorProfile::id)
                .map(id -> list(ArticleFilter.byAuthor(id), page, after));
    }

    private Paged<ArticleSummary> list(ArticleFilter filter, PageRequest page) {
        return list(filter, page, null);
    }

    /** One more than the page is read: whether it exists decides the next cursor. */
    private Paged<ArticleSummary> list(ArticleFilter filter, PageRequest page, ArticleCursor after) {
        OffsetDateTime now = Times.now(clock);
        long total = totals.get(filter.unsorted(), key -> articles.countVisible(key, now));
        if (after == null && page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<Article> found =
                articles.findVisible(filter, after == null ? page.first() : 0, page.size() + 1, after, now);
        boolean more = found.size() > page.size();
        List<Article> onPage = more ? found.subList(0, page.size()) : found;
        String next = more
                ? ArticleCursor.after(onPage.get(onPage.size() - 1), filter.sort())
                        .encode()
                : null;
        List<ArticleSummary> items = views.summaries(onPage);
        PageInfo info = after == null
                ? PageInfo.of(page, total).withNextCursor(next)
                : PageInfo.ofCursor(page.size(), total, next);
        return new Paged<>(items, info);
    }

    private static void checkDepth(PageRequest page, ArticleCursor after) {
        if (after != null && page.page() != 1) {
            throw ProblemException.invalidQueryParameter("page", "send either page or cursor, not both");
        }
        if (page.offset() + page.size() > MAX_OFFSET) {
            throw ProblemException.invalidQueryParameter(
                    "page",
                    "page numbers reach the first " + MAX_OFFSET + " articles; further on, follow page.nextCursor");
        }
    }

    private ArticleResponse render(Article article, List<Element> elements, Set<String> linked, OffsetDateTime now) {
        Map<String, ArticleCard> cards = articles.findVisibleBySlugs(linked, now).stream()
                .collect(Collectors.toMap(a -> a.slug, ArticleCard::from));
        return ArticleResponse.from(article, views.refs(List.of(article)), body.blocks(elements, cards));
    }

    /** Slugs to ids; empty when a filter names a category, tag or author that does not exist. */
    Optional<ArticleFilter> resolve(ListQuery query) {
        Set<Long> categoryIds = null;
        if (query.category() != null) {
            categoryIds = categories.subtreeIds(query.category());
            if (categoryIds.isEmpty()) {
                return Optional.empty();
            }
        }
        List<String> tagSlugs =
                query.tags().stream().map(Slugs::normalize).distinct().toList();
        Map<String, Long> tagIds = tags.findIds(tagSlugs);
        if (tagIds.size() < tagSlugs.size()) {
            return Optional.empty();
        }
        Long authorId = null;
        if (query.author() != null) {
            authorId = authors.findId(query.author()).orElse(null);
            if (authorId == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new ArticleFilter(
                categoryIds,
                tagSlugs.stream().map(tagIds::get).toList(),
                authorId,
                query.lang(),
                query.from(),
                query.to(),
                query.sort()));
    }
}
