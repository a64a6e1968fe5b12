package news.akhbar.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.common.SiteConfig;
import news.akhbar.common.cache.CacheInvalidations;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.changes.ContentChanges;
import news.akhbar.common.changes.ContentKind;
import news.akhbar.common.changes.ReferenceChanged;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.Preconditions;
import news.akhbar.common.http.Versioned;
import news.akhbar.common.persistence.ByIds;
import news.akhbar.common.persistence.TableVersion;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.text.NameOrder;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.AdminTaxonomyResponses.AdminCategory;
import news.akhbar.taxonomy.TaxonomyRequests.CategoryRequest;

/** Categories: a tree of sections, with article counts rolled up from the leaves. */
@ApplicationScoped
public class CategoryService {

    @Inject
    CacheInvalidations invalidations;

    @Inject
    ContentChanges feed;

    @Inject
    Event<ReferenceChanged> referenceChanged;

    @Inject
    CategoryRepository categories;

    @Inject
    CategoryArticleCounts articles;

    @Inject
    SiteConfig site;

    @Transactional
    Paged<CategoryResponse> list(PageRequest page) {
        Tree tree = tree();
        List<CategoryResponse> items = byName(tree.all).stream()
                .skip(page.offset())
                .limit(page.size())
                .map(tree::response)
                .toList();
        return new Paged<>(items, PageInfo.of(page, tree.all.size()));
    }

    @Transactional
    CategoryResponse get(String slug) {
        Tree tree = tree();
        String normalized = Slugs.normalize(slug);
        return tree.all.stream()
                .filter(c -> c.slug.equals(normalized))
                .findFirst()
                .map(tree::response)
                .orElseThrow(() -> ProblemException.notFound("No category has the slug '" + slug + "'."));
    }

    /** Every category with its own published count: few enough (a site's sections) to read whole. */
    @Transactional
    public List<Term> terms() {
        Tree tree = tree();
        return tree.all.stream()
                .map(c -> Term.of(c, tree.directCounts.getOrDefault(c.id, 0L)))
                .toList();
    }

    /** Ids of a category and of every category below it; empty when there is no such category. */
    @Transactional
    public Set<Long> subtreeIds(String slug) {
        Optional<Category> root = categories.findBySlug(Slugs.normalize(slug));
        if (root.isEmpty()) {
            return Set.of();
        }
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] edge : categories.findEdges()) {
            if (edge[1] != null) {
                children.computeIfAbsent((Long) edge[1], id -> new ArrayList<>())
                        .add((Long) edge[0]);
            }
        }
        return subtree(root.get().id, children);
    }

    @Transactional
    public Optional<Long> findId(String slug) {
        return categories
                .getEntityManager()
                .createQuery("select c.id from Category c where c.slug = :slug", Long.class)
                .setParameter("slug", Slugs.normalize(slug))
                .getResultStream()
                .findFirst();
    }

    /** Categories by slug, one statement for all of them; an unknown slug is left out. */
    @Transactional
    public Map<String, CategoryRef> refsBySlug(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return categories.list("slug in ?1", slugs).stream()
                .collect(Collectors.toMap(category -> category.slug, CategoryRef::from));
    }

    /** Every category by id, for an index of names (search facets). */
    @Transactional
    public Map<Long, CategoryRef> allRefs() {
        return categories.listAll().stream().collect(Collectors.toMap(entity -> entity.id, CategoryRef::from));
    }

    /** Changes whenever a category is created, changed or deleted: whether {@link #allRefs()} needs reading again. */
    @Transactional
    public String namesVersion() {
        return TableVersion.of(categories.getEntityManager(), "Category");
    }

    /** How other features name categories: by id, one statement for all of them. */
    @Transactional
    public Map<Long, CategoryRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ByIds.find(categories.getEntityManager(), Category.class, ids).stream()
                .collect(Collectors.toMap(category -> category.id, CategoryRef::from));
    }

    @Transactional
    public String create(CategoryRequest request) {
        return createAdmin(request).body().slug();
    }

    /** Creates the category, or replaces the one with the same slug (an import run again); true when created. */
    @Transactional
    public boolean upsert(CategoryRequest request) {
        return upsert(request, null);
    }

    /** The same, matching by WordPress id first when there is one (the slug may have changed since). */
    @Transactional
    public boolean upsert(CategoryRequest request, Long wpId) {
        String slug = Slugs.checked(request.slug(), request.name(), "name");
        Optional<Category> existing = wpId == null
                ? categories.findBySlug(slug)
                : categories.find("wpId", wpId).firstResultOptional().or(() -> categories.findBySlug(slug));
        if (existing.isEmpty()) {
            Category category = new Category();
            apply(category, request);
            category.wpId = wpId;
            categories.persist(category);
            categories.flush();
            return true;
        }
        apply(existing.get(), request);
        if (wpId != null) {
            existing.get().wpId = wpId;
        }
        return false;
    }

    @Transactional
    Versioned<AdminCategory> createAdmin(CategoryRequest request) {
        Category category = new Category();
        apply(category, request);
        categories.persist(category);
        categories.flush();
        return new Versioned<>(AdminCategory.from(category), category.version);
    }

    @Transactional
    Paged<AdminCategory> listAdmin(PageRequest page) {
        long total = categories.count();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<AdminCategory> items = categories
                .find("from Category c left join fetch c.parent order by c.id")
                .range(page.first(), page.last())
                .list()
                .stream()
                .map(AdminCategory::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AdminCategory> getAdmin(long id) {
        Category category = require(id);
        return new Versioned<>(AdminCategory.from(category), category.version);
    }

    @Transactional
    Versioned<AdminCategory> replace(long id, String ifMatch, CategoryRequest request) {
        Category category = require(id);
        Preconditions.requireMatch(ifMatch, category.version);
        apply(category, request);
        categories.flush();
        return new Versioned<>(AdminCategory.from(category), category.version);
    }

    @Transactional
    void delete(long id, String ifMatch) {
        Category category = require(id);
        Preconditions.requireMatch(ifMatch, category.version);
        ProblemException.checkNotInUse(articles.inCategory(id), "category");
        long children = categories.count("parent.id", id);
        if (children > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE, "The category has " + children + " sub-categories; move or delete them first.");
        }
        categories.delete(category);
        categories.flush();
        feed.record(ContentKind.CATEGORY, List.of(category.slug));
        invalidations.invalidate(CacheKeys.category(category.slug), CacheKeys.CATEGORIES);
    }

    private void apply(Category category, CategoryRequest request) {
        String oldSlug = category.slug;
        String oldName = category.name;

        // Under its old and its new slug: every response that shows it, and the list of them all.
        invalidations.invalidate(
                category.slug == null ? null : CacheKeys.category(category.slug),
                CacheKeys.category(Slugs.checked(request.slug(), request.name(), "name")),
                CacheKeys.CATEGORIES);
        String slug = Slugs.checked(request.slug(), request.name(), "name");
        Category other = categories.findBySlug(slug).orElse(null);
        if (other != null && other != category) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is taken by another category.");
        }
        Category parent = null;
        if (request.parent() != null) {
            parent = categories
                    .findBySlug(Slugs.normalize(request.parent()))
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
        category.lang = TextDirection.checkedField("lang", request.lang(), site.lang());
        feed.record(ContentKind.CATEGORY, Arrays.asList(oldSlug, category.slug));
        boolean shown = !Objects.equals(oldSlug, category.slug) || !Objects.equals(oldName, category.name);
        if (category.id != null && shown) {
            referenceChanged.fire(new ReferenceChanged(ContentKind.CATEGORY, category.id));
        }
    }

    private Category require(long id) {
        return categories
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No category has the id " + id + "."));
    }

    private List<Category> byName(Collection<Category> categories) {
        return NameOrder.sorted(categories, site.lang(), c -> c.name, c -> c.slug);
    }

    private static Set<Long> subtree(long root, Map<Long, List<Long>> children) {
        Set<Long> ids = new HashSet<>();
        List<Long> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Long id = pending.remove(pending.size() - 1);
            if (ids.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return ids;
    }

    /** The category tree with article counts rolled up from the leaves. */
    private Tree tree() {
        List<Category> all = categories.findAllWithParent();
        return new Tree(
                all, articles.publishedByCategory(all.stream().map(c -> c.id).toList()));
    }

    private final class Tree {
        final List<Category> all;
        final Map<Long, List<Category>> children = new HashMap<>();
        final Map<Long, List<Long>> childIds = new HashMap<>();
        final Map<Long, Long> directCounts;

        Tree(List<Category> all, Map<Long, Long> directCounts) {
            this.all = all;
            this.directCounts = directCounts;
            for (Category category : all) {
                if (category.parent != null) {
                    children.computeIfAbsent(category.parent.id, id -> new ArrayList<>())
                            .add(category);
                    childIds.computeIfAbsent(category.parent.id, id -> new ArrayList<>())
                            .add(category.id);
                }
            }
        }

        CategoryResponse response(Category category) {
            long count = subtree(category.id, childIds).stream()
                    .mapToLong(id -> directCounts.getOrDefault(id, 0L))
                    .sum();
            List<CategoryRef> kids = byName(children.getOrDefault(category.id, List.of())).stream()
                    .map(CategoryRef::from)
                    .toList();
            return CategoryResponse.from(category, kids, count);
        }
    }
}
