package news.akhbar.author;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.article.ArticleService;
import news.akhbar.article.ArticleSummary;
import news.akhbar.common.AkhbarConfig;
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.ProblemException;
import news.akhbar.common.Slugs;
import news.akhbar.common.TextDirection;

@ApplicationScoped
public class AuthorService {

    static final int LATEST_ARTICLES = 5;

    @Inject
    AuthorRepository authors;

    @Inject
    ArticleService articles;

    @Inject
    AkhbarConfig config;

    /** All authors by name in the site's language; an author list is short enough to sort here. */
    @Transactional
    Paged<AuthorSummary> list(PageRequest page) {
        List<Author> all = authors.listAll();
        Map<Long, Long> counts = articles.publishedCountsByAuthor();
        Collator collator = Collator.getInstance(Locale.forLanguageTag(config.site().lang()));
        List<AuthorSummary> items = all.stream()
                .sorted(Comparator.comparing((Author author) -> author.displayName, collator)
                        .thenComparing(author -> author.slug))
                .skip(page.offset()).limit(page.size())
                .map(author -> AuthorSummary.from(author, counts.getOrDefault(author.id, 0L)))
                .toList();
        return new Paged<>(items, PageInfo.of(page, all.size()));
    }

    @Transactional
    AuthorResponse get(String slug) {
        Author author = require(slug);
        Paged<ArticleSummary> latest = articles.listByAuthor(author.slug, new PageRequest(1, LATEST_ARTICLES));
        return AuthorResponse.from(author, latest.page().totalItems(), latest.items());
    }

    @Transactional
    Paged<ArticleSummary> articles(String slug, PageRequest page) {
        return articles.listByAuthor(require(slug).slug, page);
    }

    /** For other features that link content to an author. */
    public Optional<Author> findEntity(String slug) {
        return authors.find("slug", slug).firstResultOptional();
    }

    @Transactional
    public String create(AuthorRequest request) {
        Author author = new Author();
        author.slug = Slugs.normalize(request.slug() != null ? request.slug() : Slugs.fromTitle(request.displayName()));
        author.displayName = request.displayName();
        author.bio = request.bio();
        author.avatarUrl = request.avatarUrl();
        author.avatarAlt = request.avatarAlt();
        author.website = request.website();
        author.email = request.email();
        author.lang = request.lang() != null && TextDirection.isWellFormed(request.lang())
                ? TextDirection.normalize(request.lang())
                : config.site().lang();
        if (request.socials() != null) {
            author.socials.putAll(request.socials());
        }
        authors.persist(author);
        return author.slug;
    }

    private Author require(String slug) {
        return findEntity(Slugs.normalize(slug))
                .orElseThrow(() -> ProblemException.notFound("No author has the slug '" + slug + "'."));
    }
}
