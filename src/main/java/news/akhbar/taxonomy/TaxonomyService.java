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
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.ProblemException;
import news.akhbar.common.Slugs;
import news.akhbar.common.TextDirection;

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
        List<CategoryResponse> items = tree.all.stream().sorted(byName(c -> c.name, c -> c.slug))
                .skip(page.offset()).limit(page.size())
                .map(tree::response).toList();
        return new Paged<>(items, PageInfo.of(page, tree.all.size()));
    }

    @Transactional
    CategoryResponse getCategory(String slug) {
        Tree tree = tree();
        String normalized = Slugs.normalize(slug);
        return tree.all.stream().filter(c -> c.slug.equals(normalized)).findFirst().map(tree::response)
                .orElseThrow(() -> ProblemException.notFound("No category has the slug '" + slug + "'."));
    }

    /** Ids of a category and all categories below it; empty when there is no such category. */
    @Transactional
    public Set<Long> categoryWithDescendants(String slug) {
        Tree tree = tree();
        return tree.all.stream().filter(c -> c.slug.equals(slug)).findFirst()
                .map(tree::subtree).orElse(Set.of());
    }

    @Transactional
    Paged<TagResponse> listTags(PageRequest page) {
        List<Tag> all = tags.listAll();
        Map<Long, Long> counts = articles.publishedCountsByTag();
        List<TagResponse> items = all.stream().sorted(byName(t -> t.name, t -> t.slug))
                .skip(page.offset()).limit(page.size())
                .map(tag -> TagResponse.from(tag, counts.getOrDefault(tag.id, 0L))).toList();
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
        Category category = new Category();
        category.slug = Slugs.normalize(request.slug() != null ? request.slug() : Slugs.fromTitle(request.name()));
        category.name = request.name();
        category.description = request.description();
        category.lang = language(request.lang());
        if (request.parent() != null) {
            category.parent = findCategoryEntity(Slugs.normalize(request.parent()))
                    .orElseThrow(() -> ProblemException.notFound("No category has the slug '" + request.parent() + "'."));
        }
        categories.persist(category);
        return category.slug;
    }

    @Transactional
    public String createTag(TaxonomyRequests.TagRequest request) {
        Tag tag = new Tag();
        tag.slug = Slugs.normalize(request.slug() != null ? request.slug() : Slugs.fromTitle(request.name()));
        tag.name = request.name();
        tag.lang = language(request.lang());
        tags.persist(tag);
        return tag.slug;
    }

    private String language(String lang) {
        return lang != null && TextDirection.isWellFormed(lang) ? TextDirection.normalize(lang) : config.site().lang();
    }

    private <T> Comparator<T> byName(java.util.function.Function<T, String> name, java.util.function.Function<T, String> slug) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(config.site().lang()));
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
                    children.computeIfAbsent(category.parent.id, id -> new ArrayList<>()).add(category);
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
            long count = subtree(category).stream().mapToLong(id -> directCounts.getOrDefault(id, 0L)).sum();
            List<CategoryRef> kids = children.getOrDefault(category.id, List.of()).stream()
                    .sorted(byName(c -> c.name, c -> c.slug)).map(CategoryRef::from).toList();
            return CategoryResponse.from(category, kids, count);
        }
    }
}
