package news.akhbar.taxonomy;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import news.akhbar.common.content.PublicNumbers;
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
import news.akhbar.taxonomy.AdminTaxonomyResponses.AdminTag;
import news.akhbar.taxonomy.TaxonomyRequests.TagRequest;

/** Tags: topics that cut across categories. */
@ApplicationScoped
public class TagService {

    @Inject
    CacheInvalidations invalidations;

    @Inject
    ContentChanges feed;

    @Inject
    Event<ReferenceChanged> referenceChanged;

    @Inject
    TagRepository tags;

    @Inject
    TagArticleCounts articles;

    @Inject
    SiteConfig site;

    @Transactional
    Paged<TagResponse> list(PageRequest page) {
        List<Tag> all = tags.listAll();
        List<Tag> onPage = NameOrder.sorted(all, site.lang(), (Tag t) -> t.name, t -> t.slug).stream()
                .skip(page.offset())
                .limit(page.size())
                .toList();
        Map<Long, Long> counts =
                articles.publishedByTag(onPage.stream().map(tag -> tag.id).toList());
        List<TagResponse> items = onPage.stream()
                .map(tag -> TagResponse.from(tag, counts.getOrDefault(tag.id, 0L)))
                .toList();
        return new Paged<>(items, PageInfo.of(page, all.size()));
    }

    @Transactional
    TagResponse get(String slug) {
        Tag tag = tags.findBySlug(Slugs.normalize(slug))
                .orElseThrow(() -> ProblemException.notFound("No tag has the slug '" + slug + "'."));
        return TagResponse.from(tag, articles.publishedByTag(List.of(tag.id)).getOrDefault(tag.id, 0L));
    }

    /** Every tag, without counts (as the native tag list reads them all). */
    @Transactional
    public List<Term> terms() {
        return tags.listAll().stream().map(tag -> Term.of(tag, 0)).toList();
    }

    /** Tags by database id or by {@link PublicNumbers number}, with counts. */
    @Transactional
    public List<Term> terms(Collection<Long> ids, Collection<Long> numbers) {
        if (ids.isEmpty() && numbers.isEmpty()) {
            return List.of();
        }
        // By primary key and by WordPress id, each on its index (one OR of the two would scan the table).
        PublicNumbers.Split split = PublicNumbers.split(numbers);
        Set<Long> local = Set.copyOf(split.localIds());
        Map<Long, Tag> found = new LinkedHashMap<>();
        Set<Long> byId = new HashSet<>(ids);
        byId.addAll(local);
        if (!byId.isEmpty()) {
            for (Tag tag : tags.find("id in ?1", byId).list()) {
                // An imported tag answers to its WordPress id only, never to an offset number.
                if (ids.contains(tag.id) || tag.wpId == null) {
                    found.put(tag.id, tag);
                }
            }
        }
        if (!split.wpIds().isEmpty()) {
            tags.find("wpId in ?1", split.wpIds()).list().forEach(tag -> found.put(tag.id, tag));
        }
        return withCounts(found.values().stream().map(tag -> Term.of(tag, 0)).toList());
    }

    /** The tags among {@code terms} with their published counts: one statement. */
    @Transactional
    public List<Term> withCounts(List<Term> terms) {
        Map<Long, Long> counts =
                articles.publishedByTag(terms.stream().map(Term::id).toList());
        return terms.stream()
                .map(t -> new Term(
                        t.id(),
                        t.number(),
                        t.slug(),
                        t.name(),
                        t.description(),
                        t.parentId(),
                        t.lang(),
                        counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    /** Ids of the tags with these (normalized) slugs; an unknown slug is absent. */
    @Transactional
    public Map<String, Long> findIds(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return tags.getEntityManager()
                .createQuery("select t.slug, t.id from Tag t where t.slug in :slugs", Object[].class)
                .setParameter("slugs", slugs)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** Tags by slug, one statement for all of them; an unknown slug is left out. */
    @Transactional
    public Map<String, TagRef> refsBySlug(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return tags.list("slug in ?1", slugs).stream().collect(Collectors.toMap(tag -> tag.slug, TagRef::from));
    }

    /** Every tag by id, for an index of names (suggestions). */
    @Transactional
    public Map<Long, TagRef> allRefs() {
        return tags.listAll().stream().collect(Collectors.toMap(entity -> entity.id, TagRef::from));
    }

    /** Changes whenever a tag is created, changed or deleted: whether {@link #allRefs()} needs reading again. */
    @Transactional
    public String namesVersion() {
        return TableVersion.of(tags.getEntityManager(), "Tag");
    }

    /** How other features name tags: by id, one statement for all of them. */
    @Transactional
    public Map<Long, TagRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ByIds.find(tags.getEntityManager(), Tag.class, ids).stream()
                .collect(Collectors.toMap(tag -> tag.id, TagRef::from));
    }

    @Transactional
    public String create(TagRequest request) {
        return createAdmin(request).body().slug();
    }

    /** Creates the tag, or replaces the one with the same slug (an import run again); true when created. */
    @Transactional
    public boolean upsert(TagRequest request) {
        return upsert(request, null);
    }

    /** The same, matching by WordPress id first when there is one (the slug may have changed since). */
    @Transactional
    public boolean upsert(TagRequest request, Long wpId) {
        String slug = Slugs.checked(request.slug(), request.name(), "name");
        Optional<Tag> existing = wpId == null
                ? tags.findBySlug(slug)
                : tags.find("wpId", wpId).firstResultOptional().or(() -> tags.findBySlug(slug));
        if (existing.isEmpty()) {
            Tag tag = new Tag();
            apply(tag, request);
            tag.wpId = wpId;
            tags.persist(tag);
            tags.flush();
            return true;
        }
        apply(existing.get(), request);
        if (wpId != null) {
            existing.get().wpId = wpId;
        }
        return false;
    }

    @Transactional
    Versioned<AdminTag> createAdmin(TagRequest request) {
        Tag tag = new Tag();
        apply(tag, request);
        tags.persist(tag);
        tags.flush();
        return new Versioned<>(AdminTag.from(tag), tag.version);
    }

    @Transactional
    Paged<AdminTag> listAdmin(PageRequest page) {
        long total = tags.count();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<AdminTag> items = tags.find("order by id").range(page.first(), page.last()).list().stream()
                .map(AdminTag::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AdminTag> getAdmin(long id) {
        Tag tag = require(id);
        return new Versioned<>(AdminTag.from(tag), tag.version);
    }

    @Transactional
    Versioned<AdminTag> replace(long id, String ifMatch, TagRequest request) {
        Tag tag = require(id);
        Preconditions.requireMatch(ifMatch, tag.version);
        apply(tag, request);
        tags.flush();
        return new Versioned<>(AdminTag.from(tag), tag.version);
    }

    @Transactional
    void delete(long id, String ifMatch) {
        Tag tag = require(id);
        Preconditions.requireMatch(ifMatch, tag.version);
        ProblemException.checkNotInUse(articles.withTag(id), "tag");
        tags.delete(tag);
        tags.flush();
        feed.record(ContentKind.TAG, List.of(tag.slug));
        invalidations.invalidate(CacheKeys.tag(tag.slug), CacheKeys.TAGS);
    }

    private void apply(Tag tag, TagRequest request) {
        String oldSlug = tag.slug;
        String oldName = tag.name;

        // Under its old and its new slug: every response that shows it, and the list of them all.
        invalidations.invalidate(
                tag.slug == null ? null : CacheKeys.tag(tag.slug),
                CacheKeys.tag(Slugs.checked(request.slug(), request.name(), "name")),
                CacheKeys.TAGS);
        String slug = Slugs.checked(request.slug(), request.name(), "name");
        Tag other = tags.findBySlug(slug).orElse(null);
        if (other != null && other != tag) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is taken by another tag.");
        }
        tag.slug = slug;
        tag.name = request.name().strip();
        tag.lang = TextDirection.checkedField("lang", request.lang(), site.lang());
        feed.record(ContentKind.TAG, Arrays.asList(oldSlug, tag.slug));
        boolean shown = !Objects.equals(oldSlug, tag.slug) || !Objects.equals(oldName, tag.name);
        if (tag.id != null && shown) {
            referenceChanged.fire(new ReferenceChanged(ContentKind.TAG, tag.id));
        }
    }

    private Tag require(long id) {
        return tags.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No tag has the id " + id + "."));
    }
}
