package news.akhbar.wordpress;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.article.ArticleQueries;
import news.akhbar.author.AuthorProfile;
import news.akhbar.author.AuthorService;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.text.Slugs;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.Term;

/** Resolves an address of the old WordPress site to the page that shows the same content now. */
@ApplicationScoped
class OldAddresses {

    @Inject
    WordPressConfig config;

    @Inject
    ArticleQueries articles;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    SiteUrls site;

    private Permalinks permalinks;

    @PostConstruct
    void init() {
        permalinks = new Permalinks(config);
    }

    /** Empty when the address is not one of the old site's or names nothing public now. */
    Optional<Redirect> resolve(String address) {
        return permalinks.parse(address).flatMap(this::resolve);
    }

    private Optional<Redirect> resolve(Permalinks.Target target) {
        String value = target.value();
        switch (target.kind()) {
            case POST_SLUG:
                return articles.currentSlug(value).map(this::article);
            case POST_NUMBER:
                return articles.byNumbers(List.of(Long.parseLong(value))).stream()
                        .findFirst()
                        .map(post -> article(post.slug()));
            case CATEGORY_SLUG:
                return category(term -> term.slug().equals(Slugs.normalize(value)));
            case CATEGORY_NUMBER:
                return category(term -> term.number() == Long.parseLong(value));
            case TAG_SLUG:
                String slug = Slugs.normalize(value);
                return tags.findIds(List.of(slug)).isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Redirect(site.tag(slug), "tag", slug));
            case AUTHOR_SLUG:
                return authors.profile(value).map(this::author);
            case AUTHOR_NUMBER:
                return authors.profiles().stream()
                        .filter(profile -> profile.number() == Long.parseLong(value))
                        .findFirst()
                        .map(this::author);
            default:
                return Optional.empty();
        }
    }

    private Redirect article(String slug) {
        return new Redirect(site.article(slug), "article", slug);
    }

    private Redirect author(AuthorProfile profile) {
        return new Redirect(site.author(profile.slug()), "author", profile.slug());
    }

    private Optional<Redirect> category(Predicate<Term> which) {
        return categories.terms().stream()
                .filter(which)
                .findFirst()
                .map(term -> new Redirect(site.category(term.slug()), "category", term.slug()));
    }
}
