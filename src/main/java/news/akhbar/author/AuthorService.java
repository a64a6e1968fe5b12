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
import news.akhbar.common.InUse;
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.Preconditions;
import news.akhbar.common.ProblemException;
import news.akhbar.common.ProblemType;
import news.akhbar.common.Slugs;
import news.akhbar.common.TextDirection;
import news.akhbar.common.Urls;
import news.akhbar.common.Versioned;

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
        Collator collator =
                Collator.getInstance(Locale.forLanguageTag(config.site().lang()));
        List<AuthorSummary> items = all.stream()
                .sorted(Comparator.comparing((Author author) -> author.displayName, collator)
                        .thenComparing(author -> author.slug))
                .skip(page.offset())
                .limit(page.size())
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
        return createAuthor(request).body().slug();
    }

    @Transactional
    Versioned<AdminAuthorResponse> createAuthor(AuthorRequest request) {
        Author author = new Author();
        apply(author, request);
        authors.persist(author);
        authors.flush();
        return new Versioned<>(AdminAuthorResponse.from(author), author.version);
    }

    @Transactional
    Paged<AdminAuthorResponse> listAdmin(PageRequest page) {
        long total = authors.count();
        List<AdminAuthorResponse> items = authors.find("order by id").page(page.page() - 1, page.size()).list().stream()
                .map(AdminAuthorResponse::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AdminAuthorResponse> getAdmin(long id) {
        Author author = requireId(id);
        return new Versioned<>(AdminAuthorResponse.from(author), author.version);
    }

    @Transactional
    Versioned<AdminAuthorResponse> replace(long id, String ifMatch, AuthorRequest request) {
        Author author = requireId(id);
        Preconditions.requireMatch(ifMatch, author.version);
        author.socials.clear();
        apply(author, request);
        authors.flush();
        return new Versioned<>(AdminAuthorResponse.from(author), author.version);
    }

    @Transactional
    void delete(long id, String ifMatch) {
        Author author = requireId(id);
        Preconditions.requireMatch(ifMatch, author.version);
        InUse.check(articles.countUsingAuthor(id), "author");
        authors.delete(author);
        authors.flush();
    }

    private void apply(Author author, AuthorRequest request) {
        String slug = Slugs.normalize(request.slug() != null ? request.slug() : Slugs.fromTitle(request.displayName()));
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalidField(
                    request.slug() != null ? "slug" : "displayName",
                    "gives no valid slug: letters, digits and single hyphens only");
        }
        Author other = authors.find("slug", slug).firstResult();
        if (other != null && other != author) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is taken by another author.");
        }
        author.slug = slug;
        author.displayName = request.displayName().strip();
        author.bio = request.bio();
        author.avatarUrl = Urls.checkWebUrl("avatarUrl", request.avatarUrl());
        author.avatarAlt = request.avatarAlt();
        author.website = Urls.checkWebUrl("website", request.website());
        author.email = request.email();
        if (request.lang() != null && !TextDirection.isWellFormed(request.lang())) {
            throw ProblemException.invalidField("lang", "not a BCP 47 language tag");
        }
        author.lang = request.lang() != null
                ? TextDirection.normalize(request.lang())
                : config.site().lang();
        if (request.socials() != null) {
            request.socials()
                    .forEach((network, url) -> author.socials.put(
                            network.strip().toLowerCase(Locale.ROOT), Urls.checkWebUrl("socials." + network, url)));
        }
    }

    private Author requireId(long id) {
        return authors.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No author has the id " + id + "."));
    }

    private Author require(String slug) {
        return findEntity(Slugs.normalize(slug))
                .orElseThrow(() -> ProblemException.notFound("No author has the slug '" + slug + "'."));
    }
}
