package news.akhbar.author;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import news.akhbar.common.content.MediaRef;
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
import news.akhbar.common.text.Urls;
import news.akhbar.media.LibraryImage;
import news.akhbar.media.MediaService;

/** Author profiles: the public list, the newsroom's management, and references for other features. */
@ApplicationScoped
public class AuthorService {

    @Inject
    CacheInvalidations invalidations;

    @Inject
    ContentChanges feed;

    @Inject
    Event<ReferenceChanged> referenceChanged;

    @Inject
    AuthorRepository authors;

    @Inject
    AuthorArticleCounts articles;

    @Inject
    SiteConfig site;

    @Inject
    MediaService library;

    /** All authors by name in the site's language; an author list is short enough to sort here. */
    @Transactional
    Paged<AuthorSummary> list(PageRequest page) {
        List<Author> all = authors.listAll();
        List<Author> onPage =
                NameOrder.sorted(all, site.lang(), (Author author) -> author.displayName, author -> author.slug)
                        .stream()
                        .skip(page.offset())
                        .limit(page.size())
                        .toList();
        Map<Long, Long> counts = articles.publishedByAuthor(
                onPage.stream().map(author -> author.id).toList());
        List<AuthorSummary> items = onPage.stream()
                .map(author -> AuthorSummary.from(author, counts.getOrDefault(author.id, 0L)))
                .toList();
        return new Paged<>(items, PageInfo.of(page, all.size()));
    }

    /** The public profile of an author, by slug as a client sends it. */
    @Transactional
    public Optional<AuthorProfile> profile(String slug) {
        return authors.findBySlug(Slugs.normalize(slug)).map(AuthorProfile::from);
    }

    /** Every author's public profile, by display name (a newsroom has hundreds, not millions). */
    @Transactional
    public List<AuthorProfile> profiles() {
        return authors
                .getEntityManager()
                .createQuery(
                        "select distinct a from Author a left join fetch a.socials order by a.displayName, a.id",
                        Author.class)
                .getResultList()
                .stream()
                .map(AuthorProfile::from)
                .toList();
    }

    /** Public profiles by database id or by {@link PublicNumbers number}: one statement for the authors. */
    @Transactional
    public List<AuthorProfile> profiles(Collection<Long> ids, Collection<Long> numbers) {
        if (ids.isEmpty() && numbers.isEmpty()) {
            return List.of();
        }
        // By primary key and by WordPress id, each on its index (one OR of the two would scan the table).
        PublicNumbers.Split split = PublicNumbers.split(numbers);
        Map<Long, Author> found = new LinkedHashMap<>();
        Set<Long> byId = new HashSet<>(ids);
        byId.addAll(split.localIds());
        if (!byId.isEmpty()) {
            for (Author author : withSocials("a.id in :keys", byId)) {
                // An imported author answers to its WordPress id only, never to an offset number.
                if (ids.contains(author.id) || author.wpId == null) {
                    found.put(author.id, author);
                }
            }
        }
        if (!split.wpIds().isEmpty()) {
            withSocials("a.wpId in :keys", split.wpIds()).forEach(author -> found.put(author.id, author));
        }
        return found.values().stream().map(AuthorProfile::from).toList();
    }

    private List<Author> withSocials(String where, Collection<Long> keys) {
        return authors.getEntityManager()
                .createQuery("select distinct a from Author a left join fetch a.socials where " + where, Author.class)
                .setParameter("keys", keys)
                .getResultList();
    }

    @Transactional
    public Optional<Long> findId(String slug) {
        // The id alone: loading the author (and its social links) for it cost an import a tenth of its time.
        return authors.getEntityManager()
                .createQuery("select a.id from Author a where a.slug = :slug", Long.class)
                .setParameter("slug", Slugs.normalize(slug))
                .getResultStream()
                .findFirst();
    }

    /** Every author by id, for an index of names (suggestions). */
    @Transactional
    public Map<Long, AuthorRef> allRefs() {
        return authors.listAll().stream().collect(Collectors.toMap(entity -> entity.id, AuthorRef::from));
    }

    /** Changes whenever a author is created, changed or deleted: whether {@link #allRefs()} needs reading again. */
    @Transactional
    public String namesVersion() {
        return TableVersion.of(authors.getEntityManager(), "Author");
    }

    /** Authors by slug, one statement for all of them; an unknown slug is left out. */
    @Transactional
    public Map<String, AuthorRef> refsBySlug(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return authors.list("slug in ?1", slugs).stream()
                .collect(Collectors.toMap(author -> author.slug, AuthorRef::from));
    }

    /** How other features name authors: by id, one statement for all of them. */
    @Transactional
    public Map<Long, AuthorRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ByIds.find(authors.getEntityManager(), Author.class, ids).stream()
                .collect(Collectors.toMap(author -> author.id, AuthorRef::from));
    }

    @Transactional
    public String create(AuthorRequest request) {
        return createAuthor(request).body().slug();
    }

    /** Creates the author, or replaces the one with the same slug (an import run again); true when created. */
    @Transactional
    public boolean upsert(AuthorRequest request) {
        return upsert(request, null);
    }

    /** The same, matching the author by its WordPress id first when it has one (its slug may have changed). */
    @Transactional
    public boolean upsert(AuthorRequest request, Long wpId) {
        String slug = Slugs.checked(request.slug(), request.displayName(), "displayName");
        Optional<Author> existing = wpId == null
                ? authors.findBySlug(slug)
                : authors.find("wpId", wpId).firstResultOptional().or(() -> authors.findBySlug(slug));
        if (existing.isEmpty()) {
            Author author = new Author();
            apply(author, request);
            author.wpId = wpId;
            authors.persist(author);
            authors.flush();
            recordAvatarUse(author, false);
            return true;
        }
        boolean hadLibraryAvatar = existing.get().avatarMedia != null;
        existing.get().socials.clear();
        apply(existing.get(), request);
        if (wpId != null) {
            existing.get().wpId = wpId;
        }
        recordAvatarUse(existing.get(), hadLibraryAvatar);
        return false;
    }

    @Transactional
    Versioned<AdminAuthorResponse> createAuthor(AuthorRequest request) {
        Author author = new Author();
        apply(author, request);
        authors.persist(author);
        authors.flush();
        recordAvatarUse(author, false);
        return new Versioned<>(AdminAuthorResponse.from(author), author.version);
    }

    @Transactional
    Paged<AdminAuthorResponse> listAdmin(PageRequest page) {
        long total = authors.count();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<AdminAuthorResponse> items = authors.find("order by id").range(page.first(), page.last()).list().stream()
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
        boolean hadLibraryAvatar = author.avatarMedia != null;
        author.socials.clear();
        apply(author, request);
        authors.flush();
        recordAvatarUse(author, hadLibraryAvatar);
        return new Versioned<>(AdminAuthorResponse.from(author), author.version);
    }

    @Transactional
    void delete(long id, String ifMatch) {
        Author author = requireId(id);
        Preconditions.requireMatch(ifMatch, author.version);
        ProblemException.checkNotInUse(articles.naming(id), "author");
        if (author.avatarMedia != null) {
            library.recordUse(MediaService.AUTHOR, id, List.of());
        }
        authors.delete(author);
        authors.flush();
        feed.record(ContentKind.AUTHOR, List.of(author.slug));
        invalidations.invalidate(CacheKeys.author(author.slug), CacheKeys.AUTHORS);
    }

    private void apply(Author author, AuthorRequest request) {
        String oldSlug = author.slug;
        String oldName = author.displayName;
        String oldAvatar = author.avatarUrl;

        // Under its old and its new slug: every response that shows it, and the list of them all.
        invalidations.invalidate(
                author.slug == null ? null : CacheKeys.author(author.slug),
                CacheKeys.author(Slugs.checked(request.slug(), request.displayName(), "displayName")),
                CacheKeys.AUTHORS);
        String slug = Slugs.checked(request.slug(), request.displayName(), "displayName");
        Author other = authors.findBySlug(slug).orElse(null);
        if (other != null && other != author) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is taken by another author.");
        }
        author.slug = slug;
        author.displayName = request.displayName().strip();
        author.bio = request.bio();
        author.avatarUrl = Urls.checkWebUrl("avatarUrl", request.avatarUrl());
        author.avatarAlt = request.avatarAlt();
        author.avatarMedia = null;
        Optional<String> key = MediaRef.keyOf(author.avatarUrl);
        if (key.isPresent()) {
            LibraryImage image = library.find(List.of(key.get())).get(key.get());
            if (image == null) {
                throw ProblemException.invalidField("avatarUrl", "no media item '" + key.get() + "'");
            }
            author.avatarMedia = image.ref().stored();
            if (author.avatarAlt == null || author.avatarAlt.isBlank()) {
                author.avatarAlt = image.alt();
            }
        }
        author.website = Urls.checkWebUrl("website", request.website());
        author.email = request.email();
        author.lang = TextDirection.checkedField("lang", request.lang(), site.lang());
        if (request.socials() != null) {
            request.socials()
                    .forEach((network, url) -> author.socials.put(
                            network.strip().toLowerCase(Locale.ROOT), Urls.checkWebUrl("socials." + network, url)));
        }
        feed.record(ContentKind.AUTHOR, Arrays.asList(oldSlug, author.slug));
        boolean shown = !Objects.equals(oldSlug, author.slug)
                || !Objects.equals(oldName, author.displayName)
                || !Objects.equals(oldAvatar, author.avatarUrl);
        if (author.id != null && shown) {
            referenceChanged.fire(new ReferenceChanged(ContentKind.AUTHOR, author.id));
        }
    }

    /** The library keeps who shows each item, so that an avatar in use is not deleted. */
    private void recordAvatarUse(Author author, boolean hadLibraryAvatar) {
        if (!hadLibraryAvatar && author.avatarMedia == null) {
            return;
        }
        MediaRef ref = MediaRef.parse(author.avatarMedia);
        library.recordUse(MediaService.AUTHOR, author.id, ref == null ? List.of() : List.of(ref.key()));
    }

    private Author requireId(long id) {
        return authors.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No author has the id " + id + "."));
    }
}
