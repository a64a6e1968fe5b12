package news.akhbar.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.author.AuthorRef;
import news.akhbar.author.AuthorService;
import news.akhbar.common.cache.ResponseCache;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/**
 * Tag and author names, normalized like the index, in memory: suggestions complete them, and a query that names a
 * tag ranks the tag's articles higher. Read again from the database when a tag or an author changed (checked on
 * every {@code akhbar.search.poll}); a few thousand names take well under a megabyte.
 */
@ApplicationScoped
class Names {

    enum Kind {
        tag,
        author,
        category
    }

    record Name(Kind kind, long id, String slug, String text, List<String> words) {}

    private record Snapshot(String version, NavigableMap<String, List<Name>> byWord, Map<Kind, Map<Long, Name>> byId) {}

    @Inject
    TagService tags;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    ResponseCache responses;

    private volatile Snapshot snapshot = new Snapshot("", new TreeMap<>(), new EnumMap<>(Kind.class));

    /** Reads the names again if a tag or an author changed since the last look. */
    void refresh() {
        String version = tags.namesVersion() + "|" + authors.namesVersion() + "|" + categories.namesVersion();
        if (version.equals(snapshot.version())) {
            return;
        }
        NavigableMap<String, List<Name>> byWord = new TreeMap<>();
        Map<Kind, Map<Long, Name>> byId = new EnumMap<>(Kind.class);
        for (Map.Entry<Long, TagRef> tag : tags.allRefs().entrySet()) {
            add(
                    byWord,
                    byId,
                    Kind.tag,
                    tag.getKey(),
                    tag.getValue().slug(),
                    tag.getValue().name());
        }
        for (Map.Entry<Long, AuthorRef> author : authors.allRefs().entrySet()) {
            add(
                    byWord,
                    byId,
                    Kind.author,
                    author.getKey(),
                    author.getValue().slug(),
                    author.getValue().displayName());
        }
        for (Map.Entry<Long, CategoryRef> category : categories.allRefs().entrySet()) {
            // Facets only: categories are not suggested.
            Name name = new Name(
                    Kind.category,
                    category.getKey(),
                    category.getValue().slug(),
                    category.getValue().name(),
                    List.of());
            byId.computeIfAbsent(Kind.category, kind -> new HashMap<>()).put(name.id(), name);
        }
        snapshot = new Snapshot(version, byWord, byId);
        // Suggestions and facets show these names.
        responses.evict(SearchIndex.SEARCH_ANSWERS);
    }

    private static void add(
            NavigableMap<String, List<Name>> byWord,
            Map<Kind, Map<Long, Name>> byId,
            Kind kind,
            long id,
            String slug,
            String text) {
        Name name = new Name(kind, id, slug, text, SearchAnalyzers.words(text));
        byId.computeIfAbsent(kind, key -> new HashMap<>()).put(id, name);
        for (String word : new LinkedHashSet<>(name.words())) {
            byWord.computeIfAbsent(word, key -> new ArrayList<>()).add(name);
        }
    }

    /** The name of a tag, author or category by id; null for one created since the last look. */
    Name byId(Kind kind, long id) {
        return snapshot.byId().getOrDefault(kind, Map.of()).get(id);
    }

    /** Changes whenever the names are read again. */
    String version() {
        return snapshot.version();
    }

    /**
     * Names with a word starting with the last of {@code words} and containing each of the others, shortest first.
     */
    List<Name> complete(List<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        String prefix = words.get(words.size() - 1);
        List<String> whole = words.subList(0, words.size() - 1);
        Set<Name> found = new LinkedHashSet<>();
        for (List<Name> names : snapshot.byWord()
                .subMap(prefix, true, prefix + Character.MAX_VALUE, false)
                .values()) {
            for (Name name : names) {
                if (name.words().containsAll(whole)) {
                    found.add(name);
                }
            }
        }
        List<Name> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> a.text().length() != b.text().length()
                ? Integer.compare(a.text().length(), b.text().length())
                : a.text().compareTo(b.text()));
        return sorted.size() > limit ? sorted.subList(0, limit) : sorted;
    }

    /** Tags whose every word is among {@code words}: the query names them. */
    Set<Long> tagsNamedIn(List<String> words) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String word : new LinkedHashSet<>(words)) {
            for (Name name : snapshot.byWord().getOrDefault(word, Collections.emptyList())) {
                if (name.kind() == Kind.tag && words.containsAll(name.words())) {
                    ids.add(name.id());
                }
            }
        }
        return ids;
    }
}
