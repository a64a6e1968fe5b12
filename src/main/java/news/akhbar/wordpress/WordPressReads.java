package news.akhbar.wordpress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.article.ArticleQueries;
import news.akhbar.author.AuthorProfile;
import news.akhbar.author.AuthorService;
import news.akhbar.comment.PublicComments;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.search.ArticleMatches;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.Term;

/** The reads of the WordPress-compatible API: WordPress's parameters over the native services. */
@ApplicationScoped
class WordPressReads {

    /** Search matches considered by a WordPress search; the native search pages beyond this. */
    static final int SEARCH_LIMIT = 1000;

    private static final List<String> POST_ORDERS =
            List.of("date", "modified", "id", "title", "slug", "include", "include_slugs", "relevance");
    private static final List<String> TERM_ORDERS =
            List.of("name", "id", "slug", "count", "include", "include_slugs", "description");
    private static final List<String> USER_ORDERS = List.of("name", "id", "slug", "include", "include_slugs");

    /** A page, and the cache keys of what it shows beyond what the route's kind implies (a post's comments). */
    record Listed<T>(List<T> items, long total, int perPage, Set<String> keys) {
        Listed(List<T> items, long total, int perPage) {
            this(items, total, perPage, Set.of());
        }

        long totalPages() {
            return (total + perPage - 1) / perPage;
        }
    }

    @Inject
    ArticleQueries articles;

    @Inject
    ArticleMatches matches;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    PublicComments comments;

    @Inject
    WpViews views;

    Listed<WpShapes.Post> posts(WpQuery q) {
        int perPage = q.integer("per_page", 10, 1, 100);
        int page = q.integer("page", 1, 1, Integer.MAX_VALUE);
        int offset = q.has("offset") ? q.integer("offset", 0, 0, Integer.MAX_VALUE) : (page - 1) * perPage;
        String status = q.oneOf("status", "publish", List.of("publish", "draft", "pending", "private", "future"));
        if (!status.equals("publish")) {
            throw WordPressError.invalidParam("status", "Status is forbidden.");
        }
        String search = q.string("search");
        String orderby = q.oneOf("orderby", search != null ? "relevance" : "date", POST_ORDERS);
        if (orderby.equals("relevance") && search == null) {
            throw new WordPressError(
                    ProblemType.INVALID_PARAMETER,
                    "rest_no_search_term_defined",
                    400,
                    "You need to define a search term to order by relevance.");
        }
        boolean ascending = q.oneOf("order", "desc", List.of("asc", "desc")).equals("asc");
        List<Long> found = search == null ? null : matches.bestFirst(search, SEARCH_LIMIT);
        Map<Long, Term> allCategories = byId(categories.terms());
        ArticleQueries.Criteria criteria = new ArticleQueries.Criteria(
                q.ids("include"),
                q.ids("exclude"),
                idsOf(q.ids("categories"), allCategories.values()),
                q.ids("tags") == null
                        ? null
                        : tags.terms(List.of(), q.ids("tags")).stream()
                                .map(Term::id)
                                .collect(Collectors.toSet()),
                q.ids("author") == null
                        ? null
                        : authors.profiles(List.of(), q.ids("author")).stream()
                                .map(AuthorProfile::id)
                                .collect(Collectors.toSet()),
                q.strings("slug"),
                q.date("after"),
                q.date("before"),
                order(orderby),
                ascending,
                found == null ? null : new LinkedHashSet<>(found),
                idsOf(q.ids("categories_exclude"), allCategories.values()),
                q.ids("tags_exclude") == null
                        ? null
                        : tags.terms(List.of(), q.ids("tags_exclude")).stream()
                                .map(Term::id)
                                .collect(Collectors.toSet()));
        long total;
        List<ArticleQueries.Post> onPage;
        if (orderby.equals("relevance") || orderby.equals("include") || orderby.equals("include_slugs")) {
            List<Long> ordered = ordered(criteria, orderby, found, q);
            total = ordered.size();
            onPage = articles.byNumbers(
                    ordered.subList(Math.min(offset, ordered.size()), Math.min(offset + perPage, ordered.size())));
        } else {
            ArticleQueries.Selected selected = articles.select(criteria, offset, perPage);
            total = selected.total();
            onPage = selected.posts();
        }
        Listed<WpShapes.Post> listed = new Listed<>(render(onPage, allCategories, q.has("_embed")), total, perPage);
        if (!q.has("offset") && total > 0 && page > listed.totalPages()) {
            throw new WordPressError(
                    ProblemType.INVALID_PARAMETER,
                    "rest_post_invalid_page_number",
                    400,
                    "The page number requested is larger than the number of pages available.");
        }
        return listed;
    }

    /** The numbers of every match in the order of search relevance or of {@code include} / {@code slug}. */
    private List<Long> ordered(ArticleQueries.Criteria criteria, String orderby, List<Long> found, WpQuery q) {
        Map<Long, Long> matching = articles.matching(criteria);
        List<Long> ordered = new ArrayList<>();
        if (orderby.equals("relevance")) {
            for (Long id : found) {
                if (matching.containsKey(id)) {
                    ordered.add(matching.get(id));
                }
            }
        } else if (orderby.equals("include")) {
            Set<Long> numbers = new HashSet<>(matching.values());
            for (Long number : q.ids("include") == null ? Set.<Long>of() : q.ids("include")) {
                if (numbers.contains(number)) {
                    ordered.add(number);
                }
            }
        } else {
            Map<String, Long> bySlug = articles.byNumbers(List.copyOf(matching.values())).stream()
                    .collect(Collectors.toMap(ArticleQueries.Post::slug, ArticleQueries.Post::number));
            for (String slug : q.strings("slug") == null ? Set.<String>of() : q.strings("slug")) {
                Long number = bySlug.get(slug);
                if (number != null) {
                    ordered.add(number);
                }
            }
        }
        return ordered;
    }

    WpShapes.Post post(long number, boolean embed) {
        return articles.byNumbers(List.of(number)).stream()
                .findFirst()
                .map(post ->
                        render(List.of(post), byId(categories.terms()), embed).get(0))
                .orElseThrow(() -> WordPressError.notFound("rest_post_invalid_id", "Invalid post ID."));
    }

    WpShapes.Media media(long number) {
        return articles.byNumbers(List.of(number)).stream()
                .filter(post -> post.featuredImage() != null)
                .findFirst()
                .map(views::media)
                .orElseThrow(() -> WordPressError.notFound("rest_post_invalid_id", "Invalid post ID."));
    }

    private List<WpShapes.Post> render(List<ArticleQueries.Post> posts, Map<Long, Term> allCategories, boolean embed) {
        Set<Long> authorIds = new HashSet<>();
        Set<Long> tagIds = new HashSet<>();
        for (ArticleQueries.Post post : posts) {
            authorIds.addAll(post.authorIds());
            tagIds.addAll(post.tagIds());
        }
        WpViews.Refs refs = new WpViews.Refs(
                authors.profiles(authorIds, List.of()).stream()
                        .collect(Collectors.toMap(AuthorProfile::id, Function.identity())),
                allCategories,
                byId(tags.terms(tagIds, List.of())));
        return posts.stream().map(post -> views.post(post, refs, embed)).toList();
    }

    Listed<WpShapes.Term> categories(WpQuery q) {
        List<Term> all = categories.terms();
        Map<Long, Term> byId = byId(all);
        List<Term> selected = terms(q, all, true);
        return page(q, selected, 10, term -> views.category(term, byId));
    }

    WpShapes.Term category(long number) {
        List<Term> all = categories.terms();
        return all.stream()
                .filter(term -> term.number() == number)
                .findFirst()
                .map(term -> views.category(term, byId(all)))
                .orElseThrow(() -> WordPressError.notFound("rest_term_invalid", "Term does not exist."));
    }

    Listed<WpShapes.Term> tags(WpQuery q) {
        return page(q, terms(q, tags.withCounts(tags.terms()), false), 10, views::tag);
    }

    WpShapes.Term tag(long number) {
        return tags.terms(List.of(), List.of(number)).stream()
                .findFirst()
                .map(views::tag)
                .orElseThrow(() -> WordPressError.notFound("rest_term_invalid", "Term does not exist."));
    }

    /** WordPress's term filters and orders, over a set small enough to hold (a site's sections, its tags). */
    private List<Term> terms(WpQuery q, List<Term> all, boolean categories) {
        String orderby = q.oneOf("orderby", "name", TERM_ORDERS);
        boolean ascending = q.oneOf("order", "asc", List.of("asc", "desc")).equals("asc");
        Set<Long> include = q.ids("include");
        Set<Long> exclude = q.ids("exclude");
        Set<String> slugs = q.strings("slug");
        String search = lower(q.string("search"));
        Set<Long> post = q.ids("post");
        Set<Long> ofPost = null;
        if (post != null) {
            ofPost = new HashSet<>();
            for (ArticleQueries.Post p : articles.byNumbers(List.copyOf(post))) {
                if (categories && p.categoryId() != null) {
                    ofPost.add(p.categoryId());
                } else if (!categories) {
                    ofPost.addAll(p.tagIds());
                }
            }
        }
        Map<Long, Long> numbers = all.stream().collect(Collectors.toMap(Term::id, Term::number));
        Set<Long> parent = categories ? q.ids("parent") : null;
        boolean hideEmpty = q.flag("hide_empty");
        Set<Long> finalOfPost = ofPost;
        List<Term> selected = all.stream()
                .filter(t -> include == null || include.contains(t.number()))
                .filter(t -> exclude == null || !exclude.contains(t.number()))
                .filter(t -> slugs == null || slugs.contains(t.slug()))
                .filter(t -> search == null
                        || lower(t.name()).contains(search)
                        || lower(t.slug()).contains(search))
                .filter(t -> finalOfPost == null || finalOfPost.contains(t.id()))
                .filter(t -> parent == null
                        || parent.contains(t.parentId() == null ? 0L : numbers.getOrDefault(t.parentId(), 0L)))
                .filter(t -> !hideEmpty || t.count() > 0)
                .collect(Collectors.toCollection(ArrayList::new));
        Comparator<Term> order = switch (orderby) {
            case "id" -> Comparator.comparingLong(Term::number);
            case "slug" -> Comparator.comparing(Term::slug);
            case "count" -> Comparator.comparingLong(Term::count);
            case "description" -> Comparator.comparing(t -> t.description() == null ? "" : t.description());
            case "include" -> Comparator.comparingInt(t -> indexOf(include, t.number()));
            case "include_slugs" -> Comparator.comparingInt(t -> indexOf(slugs, t.slug()));
            default -> Comparator.comparing(Term::name);
        };
        order = order.thenComparingLong(Term::number);
        selected.sort(ascending ? order : order.reversed());
        return selected;
    }

    Listed<WpShapes.User> users(WpQuery q) {
        String orderby = q.oneOf("orderby", "name", USER_ORDERS);
        boolean ascending = q.oneOf("order", "asc", List.of("asc", "desc")).equals("asc");
        Set<Long> include = q.ids("include");
        Set<Long> exclude = q.ids("exclude");
        Set<String> slugs = q.strings("slug");
        String search = lower(q.string("search"));
        List<AuthorProfile> selected = authors.profiles().stream()
                .filter(a -> include == null || include.contains(a.number()))
                .filter(a -> exclude == null || !exclude.contains(a.number()))
                .filter(a -> slugs == null || slugs.contains(a.slug()))
                .filter(a -> search == null
                        || lower(a.displayName()).contains(search)
                        || lower(a.slug()).contains(search))
                .collect(Collectors.toCollection(ArrayList::new));
        Comparator<AuthorProfile> order = switch (orderby) {
            case "id" -> Comparator.comparingLong(AuthorProfile::number);
            case "slug" -> Comparator.comparing(AuthorProfile::slug);
            case "include" -> Comparator.comparingInt(a -> indexOf(include, a.number()));
            case "include_slugs" -> Comparator.comparingInt(a -> indexOf(slugs, a.slug()));
            default -> Comparator.comparing(AuthorProfile::displayName);
        };
        order = order.thenComparingLong(AuthorProfile::number);
        selected.sort(ascending ? order : order.reversed());
        return page(q, selected, 10, views::user);
    }

    WpShapes.User user(long number) {
        return authors.profiles(List.of(), List.of(number)).stream()
                .findFirst()
                .map(views::user)
                .orElseThrow(() -> WordPressError.notFound("rest_user_invalid_id", "Invalid user ID."));
    }

    Listed<WpShapes.Comment> comments(WpQuery q) {
        int perPage = q.integer("per_page", 10, 1, 100);
        int page = q.integer("page", 1, 1, Integer.MAX_VALUE);
        boolean ascending = q.oneOf("order", "desc", List.of("asc", "desc")).equals("asc");
        q.oneOf("orderby", "date_gmt", List.of("date", "date_gmt", "id"));
        Set<Long> postNumbers = q.ids("post");
        Map<Long, ArticleQueries.Post> posts = null;
        if (postNumbers != null) {
            posts = articles.byNumbers(List.copyOf(postNumbers)).stream()
                    .collect(Collectors.toMap(ArticleQueries.Post::id, Function.identity()));
        }
        Set<Long> parents = q.ids("parent");
        Long parent =
                parents == null || parents.isEmpty() ? null : parents.iterator().next();
        PublicComments.Listed listed = comments.visible(
                posts == null ? null : posts.keySet(), parent, ascending, (page - 1) * perPage, perPage);
        Map<Long, ArticleQueries.Post> of = posts != null
                ? posts
                : articles.publicByIds(listed.entries().stream()
                        .map(PublicComments.Entry::articleId)
                        .collect(Collectors.toSet()));
        List<WpShapes.Comment> items = listed.entries().stream()
                .filter(c -> of.containsKey(c.articleId()))
                .map(c -> views.comment(
                        c, of.get(c.articleId()).number(), of.get(c.articleId()).url()))
                .toList();
        // The comments of named posts are cached under their threads (and under the articles, which a post leaving
        // the public evicts); a list of every comment is not (no write names "all comments"): it is answered afresh.
        Set<String> keys = new HashSet<>();
        if (posts != null) {
            keys.add(CacheKeys.ARTICLES);
            posts.values().forEach(p -> keys.add(CacheKeys.comments(p.slug())));
        }
        return new Listed<>(items, listed.total(), perPage, keys);
    }

    WpShapes.Comment comment(long number) {
        return comments.visibleByNumber(number)
                .flatMap(c -> articles.publicByIds(List.of(c.articleId())).values().stream()
                        .findFirst()
                        .map(post -> views.comment(c, post.number(), post.url())))
                .orElseThrow(() -> WordPressError.notFound("rest_comment_invalid_id", "Invalid comment ID."));
    }

    private <T, R> Listed<R> page(WpQuery q, List<T> all, int fallback, Function<T, R> view) {
        int perPage = q.integer("per_page", fallback, 1, 100);
        int page = q.integer("page", 1, 1, Integer.MAX_VALUE);
        int offset = q.has("offset") ? q.integer("offset", 0, 0, Integer.MAX_VALUE) : (page - 1) * perPage;
        List<R> items = all.stream().skip(offset).limit(perPage).map(view).toList();
        return new Listed<>(items, all.size(), perPage);
    }

    private static ArticleQueries.Order order(String orderby) {
        switch (orderby) {
            case "modified":
                return ArticleQueries.Order.MODIFIED;
            case "id":
                return ArticleQueries.Order.NUMBER;
            case "title":
                return ArticleQueries.Order.TITLE;
            case "slug":
                return ArticleQueries.Order.SLUG;
            default:
                return ArticleQueries.Order.DATE;
        }
    }

    private static Set<Long> idsOf(Set<Long> numbers, Collection<Term> terms) {
        if (numbers == null) {
            return null;
        }
        return terms.stream()
                .filter(t -> numbers.contains(t.number()))
                .map(Term::id)
                .collect(Collectors.toSet());
    }

    private static Map<Long, Term> byId(List<Term> terms) {
        Map<Long, Term> byId = new HashMap<>();
        for (Term term : terms) {
            byId.put(term.id(), term);
        }
        return byId;
    }

    private static <T> int indexOf(Set<T> values, T value) {
        return values == null ? 0 : new ArrayList<>(values).indexOf(value);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
