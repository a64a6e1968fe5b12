package news.akhbar.taxonomy;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.article.ArticleService;
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
import news.akhbar.common.Versioned;

/**
 * Categories and tags. A site has hundreds of them, not millions, so lists are sorted here by name with the
 * collation of the site's language, the same on every database.
 */
@ApplicationScoped
public class TaxonomyService {

    @Inject
    CategoryRepository categories;

    @Inject
    TagRepository tags;

    @Inject
    ArticleService articles;

    @Inject
    AkhbarConfig config;

    @Transactional
    Paged<CategoryResponse> listCategories(PageRequest page) {
        Tree tree = tree();
        List<CategoryResponse> items = tree.all.stream()
                .sorted(byName(c -> c.name, c -> c.slug))
                .skip(page.offset())
                .limit(page.size())
                .map(tree::response)
                .toList();
        return new Paged<>(items, PageInfo.of(page, tree.all.size()));
    }

    @Transactional
    CategoryResponse getCategory(String slug) {
        Tree tree = tree();
        String normalized = Slugs.normalize(slug);
        return tree.all.stream()
                .filter(c -> c.slug.equals(normalized))
                .findFirst()
                .map(tree::response)
                .orElseThrow(() -> ProblemException.notFound("No category has the slug '" + slug + "'."));
    }

    /** Ids of a category and all categories below it; empty when there is no such category. */
    @Transactional
    public Set<Long> categoryWithDescendants(String slug) {
        Tree tree = tree();
        return tree.all.stream()
                .filter(c -> c.slug.equals(slug))
                .findFirst()
                .map(tree::subtree)
                .orElse(Set.of());
    }

    @Transactional
    Paged<TagResponse> listTags(PageRequest page) {
        List<Tag> all = tags.listAll();
        Map<Long, Long> counts = articles.publishedCountsByTag();
        List<TagResponse> items = all.stream()
                .sorted(byName(t -> t.name, t -> t.slug))
                .skip(page.offset())
                .limit(page.size())
                .map(tag -> TagResponse.from(tag, counts.getOrDefault(tag.id, 0L)))
                .toList();
        return new Paged<>(items, PageInfo.of(page, all.size()));
    }

    @Transactional
    TagResponse getTag(String slug) {
        Tag tag = findTagEntity(Slugs.normalize(slug))
                .orElseThrow(() -> ProblemException.notFound("No tag has the slug '" + slug + "'."));
        return TagResponse.from(tag, articles.publishedCountsByTag().getOrDefault(tag.id, 0L));
    }

    public Optional<Category> findCategoryEntity(String slug) {
        return categories.find("slug", slug).firstResultOptional();
    }

    public Optional<Tag> findTagEntity(String slug) {
        return tags.find("slug", slug).firstResultOptional();
    }

    @Transactional
    public String createCategory(TaxonomyRequests.CategoryRequest request) {
        return createAdminCategory(request).body().slug();
    }

    @Transactional
    public String createTag(TaxonomyRequests.TagRequest request) {
        return createAdminTag(request).body().slug();
    }

    @Transactional
    Versioned<AdminTaxonomyResponses.AdminCategory> createAdminCategory(TaxonomyRequests.CategoryRequest request) {
        Category category = new Category();
        applyCategory(category, request);
        categories.persist(category);
        categories.flush();
        return new Versioned<>(AdminTaxonomyResponses.AdminCategory.from(category), category.version);
    }

    @Transactional
    Paged<AdminTaxonomyResponses.AdminCategory> listAdminCategories(PageRequest page) {
        long total = categories.count();
        var items = categories
                .find("from Category c left join fetch c.parent order by c.id")
                .page(page.page() - 1, page.size())
                .list()
                .stream()
                .map(AdminTaxonomyResponses.AdminCategory::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AdminTaxonomyResponses.AdminCategory> getAdminCategory(long id) {
        Category category = requireCategory(id);
        return new Versioned<>(AdminTaxonomyResponses.AdminCategory.from(category), category.version);
    }

    @Transactional
    Versioned<AdminTaxonomyResponses.AdminCategory> replaceCategory(
            long id, String ifMatch, TaxonomyRequests.CategoryRequest request) {
        Category category = requireCategory(id);
        Preconditions.requireMatch(ifMatch, category.version);
        applyCategory(category, request);
        categories.flush();
        return new Versioned<>(AdminTaxonomyResponses.AdminCategory.from(category), category.version);
    }

    @Transactional
    void deleteCategory(long id, String ifMatch) {
        Category category = requireCategory(id);
        Preconditions.requireMatch(ifMatch, category.version);
        InUse.check(articles.countUsingCategory(id), "category");
        long children = categories.count("parent.id", id);
        if (children > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE, "The category has " + children + " sub-categories; move or delete them first.");
        }
        categories.delete(category);
        categories.flush();
    }

    @Transactional
    Versioned<AdminTaxonomyResponses.AdminTag> createAdminTag(TaxonomyRequests.TagRequest request) {
        Tag tag = new Tag();
        applyTag(tag, request);
        tags.persist(tag);
        tags.flush();
        return new Versioned<>(AdminTaxonomyResponses.AdminTag.from(tag), tag.version);
    }

    @Transactional
    Paged<AdminTaxonomyResponses.AdminTag> listAdminTags(PageRequest page) {
        long total = tags.count();
        var items = tags.find("order by id").page(page.page() - 1, page.size()).list().stream()
                .map(AdminTaxonomyResponses.AdminTag::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AdminTaxonomyResponses.AdminTag> getAdminTag(long id) {
        Tag tag = requireTag(id);
        return new Versioned<>(AdminTaxonomyResponses.AdminTag.from(tag), tag.version);
    }

    @Transactional
    Versioned<AdminTaxonomyResponses.AdminTag> replaceTag(
            long id, String ifMatch, TaxonomyRequests.TagRequest request) {
        Tag tag = requireTag(id);
        Preconditions.requireMatch(ifMatch, tag.version);
        applyTag(tag, request);
        tags.flush();
        return new Versioned<>(AdminTaxonomyResponses.AdminTag.from(tag), tag.version);
    }

    @Transactional
    void deleteTag(long id, String ifMatch) {
        Tag tag = requireTag(id);
        Preconditions.requireMatch(ifMatch, tag.version);
        InUse.check(articles.countUsingTag(id), "tag");
        tags.delete(tag);
        tags.flush();
    }

    private void applyCategory(Category category, TaxonomyRequests.CategoryRequest request) {
        String slug = slug(request.slug(), request.name());
        Category other = categories.find("slug", slug).firstResult();
        if (other != null && other != category) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is taken by another category.");
        }
        Category parent = null;
        if (request.parent() != null) {
            parent = findCategoryEntity(Slugs.normalize(request.parent()))
                    .orElseThrow(() -> ProblemException.invalidField(
                            "parent", "no category with slug '" + request.parent() + "'"));
            for (Category up = parent; up != null; up = up.parent) {
                if (up == category) {
                    throw ProblemException.invalidField("parent", "a category cannot be inside itself");
                }
            }
        }
        category.slug = slug;
        category.name = request.name().strip();
        category.description = request.description();
        category.parent = parent;
        category.lang = checkedLanguage(request.lang());
    }

    private void applyTag(Tag tag, TaxonomyRequests.TagRequest request) {
        String slug = slug(request.slug(), request.name());
        Tag other = tags.find("slug", slug).firstResult();
        if (other != null && other != tag) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is taken by another tag.");
        }
        tag.slug = slug;
        tag.name = request.name().strip();
        tag.lang = checkedLanguage(request.lang());
    }

    private static String slug(String requested, String name) {
        String slug = Slugs.normalize(requested != null ? requested : Slugs.fromTitle(name));
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalidField(
                    requested != null ? "slug" : "name",
                    "gives no valid slug: letters, digits and single hyphens only");
        }
        return slug;
    }

    private String checkedLanguage(String lang) {
        if (lang != null && !TextDirection.isWellFormed(lang)) {
            throw ProblemException.invalidField("lang", "not a BCP 47 language tag");
        }
        return language(lang);
    }

    private Category requireCategory(long id) {
        return categories
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No category has the id " + id + "."));
    }

    private Tag requireTag(long id) {
        return tags.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No tag has the id " + id + "."));
    }

    private String language(String lang) {
        return lang != null && TextDirection.isWellFormed(lang)
                ? TextDirection.normalize(lang)
                : config.site().lang();
    }

    private <T> Comparator<T> byName(
            java.util.function.Function<T, String> name, java.util.function.Function<T, String> slug) {
        Collator collator =
                Collator.getInstance(Locale.forLanguageTag(config.site().lang()));
        return Comparator.comparing(name, collator).thenComparing(slug);
    }

    private Tree tree() {
        return new Tree(categories.findAllWithParent(), articles.publishedCountsByCategory());
    }

    /** The category tree with article counts rolled up from the leaves. */
    private final class Tree {
        final List<Category> all;
        final Map<Long, List<Category>> children = new HashMap<>();
        final Map<Long, Long> directCounts;

        Tree(List<Category> all, Map<Long, Long> directCounts) {
            this.all = all;
            this.directCounts = directCounts;
            for (Category category : all) {
                if (category.parent != null) {
                    children.computeIfAbsent(category.parent.id, id -> new ArrayList<>())
                            .add(category);
                }
            }
        }

        Set<Long> subtree(Category root) {
            Set<Long> ids = new HashSet<>();
            List<Category> pending = new ArrayList<>(List.of(root));
            while (!pending.isEmpty()) {
                Category category = pending.remove(pending.size() - 1);
                if (ids.add(category.id)) {
                    pending.addAll(children.getOrDefault(category.id, List.of()));
                }
            }
            return ids;
        }

        CategoryResponse response(Category category) {
            long count = subtree(category).stream()
                    .mapToLong(id -> directCounts.getOrDefault(id, 0L))
                    .sum();
            List<CategoryRef> kids = children.getOrDefault(category.id, List.of()).stream()
                    .sorted(byName(c -> c.name, c -> c.slug))
                    .map(CategoryRef::from)
                    .toList();
            return CategoryResponse.from(category, kids, count);
        }
    }
}
