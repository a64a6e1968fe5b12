package news.akhbar.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.jboss.logging.Logger;

import news.akhbar.article.ArticlesChanged;
import news.akhbar.article.SearchableArticle;
import news.akhbar.article.SearchableArticles;
import news.akhbar.common.DataDirectory;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.ResponseCache;
import news.akhbar.common.persistence.SettlingFloor;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.time.Times;

/**
 * The article index, in {@code <data-dir>/search/<generation>}. It follows the database: this instance's writes once
 * they commit ({@link ArticlesChanged}), every instance's through {@code article_change}, read every
 * {@code akhbar.search.poll}. One thread writes it. A rebuild fills a new generation while the current one keeps
 * answering, and replaces it when it has caught up.
 */
@ApplicationScoped
class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final int BATCH = 500;
    /** The cache key of every search answer and suggestion, evicted when the index or the names change. */
    static final Set<String> SEARCH_ANSWERS = Set.of(CacheKeys.SEARCH);

    private static final int CHANGES_PER_READ = 10_000;
    /** Title and body: kept with their word offsets, so that highlighting reads them instead of analysing again. */
    private static final FieldType HIGHLIGHTED = highlighted();

    private static final String CURRENT = "current";
    private static final String VERSION = "analysis";
    private static final String DATABASE = "database";
    private static final String FLOOR = "changeFloor";
    // The changes above the floor that the index already holds: a restart within SETTLE does not index them again.
    private static final String SEEN = "changesSeen";
    private static final String WRITTEN_AT = "writtenAt";

    @Inject
    SearchableArticles articles;

    @Inject
    ResponseCache responses;

    @Inject
    DataDirectory data;

    @Inject
    SearchConfig config;

    @Inject
    Clock clock;

    @Inject
    Names names;

    private final Analyzer analyzer = SearchAnalyzers.indexing();
    private final FacetsConfig facets = facetsConfig();
    // One thread writes the index, and polls on it: a poll that takes longer than the interval delays the next
    // one instead of queueing up behind it.
    private ScheduledExecutorService writer;
    private ExecutorService builder;
    private volatile Generation live;
    private volatile CompletableFuture<Void> rebuild;
    private SettlingFloor floor;
    private String databaseId;
    private boolean uncommitted;
    private long lastCommit = System.nanoTime();
    private long lastPurge;

    /** One index directory with its writer and the searchers that read it. */
    record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    /** What {@link #search(Reading)} runs with a searcher of the current generation. */
    interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SearchFields.TAG, true);
        config.setMultiValued(SearchFields.AUTHOR, true);
        return config;
    }

    void start(@Observes StartupEvent event) throws IOException {
        Files.createDirectories(root());
        databaseId = articles.databaseId();
        names.refresh();
        writer = Executors.newSingleThreadScheduledExecutor(daemon("akhbar-search-writer"));
        builder = Executors.newSingleThreadExecutor(daemon("akhbar-search-rebuild"));
        Map<String, String> commit = openCurrent();
        if (live != null) {
            floor = new SettlingFloor(Long.parseLong(commit.get(FLOOR)), SETTLE);
            floor.restore(commit.get(SEEN), System.nanoTime());
            Instant written = Instant.parse(commit.get(WRITTEN_AT));
            if (written.isBefore(clock.instant().minus(config.changeRetention()))) {
                LOG.infof("The search index was last written %s, before the oldest change kept: rebuilding", written);
                rebuild();
            }
        } else {
            floor = new SettlingFloor(articles.lastChange(), SETTLE);
            rebuild();
        }
        long interval = config.poll().toMillis();
        writer.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Before the database closes (H2Compaction runs after this): the poll in flight, then a last commit. */
    void stop(@Observes ShutdownEvent event) {
        if (builder != null) {
            builder.shutdownNow();
        }
        if (writer != null) {
            writer.submit(() -> {
                Generation current = live;
                if (current != null) {
                    commit(current);
                    current.close();
                }
                live = null;
                return null;
            });
            writer.shutdown();
            try {
                writer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether there is an index to answer from (a first build may still be running). */
    boolean ready() {
        return live != null;
    }

    /** The running rebuild, or null. */
    CompletableFuture<Void> rebuilding() {
        return rebuild;
    }

    <T> T search(Reading<T> reading) throws IOException {
        Generation current = live;
        if (current == null) {
            throw new ProblemException(
                    ProblemType.SEARCH_INDEX_BUILDING,
                    "The search index is being built from the database; try again shortly.",
                    null,
                    Map.of("Retry-After", "5"));
        }
        SearcherManager searchers = current.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            return reading.read(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** This instance's writes: shown by the index before the write's answer leaves (within the commit wait). */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged event) {
        if (writer == null || event.bulk()) {
            // Before start (demo content), or an import batch: the next look at the database indexes it, with the
            // batches of the last second at once (indexing each batch on its own, and again when the poll reads
            // its rows, took an import of 10,000 articles from 27 to 99 s).
            return;
        }
        Future<?> applied = writer.submit(() -> {
            apply(live, event.articleIds());
            return null;
        });
        try {
            applied.get(config.commitWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf(
                    "The search index is behind: %d changed articles are still to be indexed",
                    event.articleIds().size());
        } catch (ExecutionException e) {
            // The poller reads the change again from the database.
            LOG.warnf(e.getCause(), "Could not index changed articles");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a rebuild unless one is running; the current generation answers until the new one replaces it. */
    synchronized CompletableFuture<Void> rebuild() {
        if (rebuild != null && !rebuild.isDone()) {
            return rebuild;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        rebuild = started;
        builder.submit(() -> {
            try {
                build();
                started.complete(null);
            } catch (Exception e) {
                LOG.errorf(e, "Could not rebuild the search index");
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /** One look at the changes in the database now, as the poller takes every {@code akhbar.search.poll}. */
    Set<Long> pollNow() throws InterruptedException, ExecutionException {
        return writer.submit(() -> {
                    names.refresh();
                    return poll();
                })
                .get();
    }

    /** Reads the changes not yet seen; runs on the writer thread. Returns the article ids it indexed. */
    private Set<Long> poll() throws IOException {
        long now = System.nanoTime();
        Set<Long> ids = new TreeSet<>();
        List<SearchableArticles.Change> changes;
        List<Long> fresh = new ArrayList<>();
        long last = floor.floor();
        do {
            changes = articles.changesAfter(last, CHANGES_PER_READ);
            for (SearchableArticles.Change change : changes) {
                last = change.id();
                if (floor.isNew(change.id())) {
                    fresh.add(change.id());
                    ids.add(change.articleId());
                }
            }
            // A backlog larger than one read (a long import on another instance) is read on, a share per look.
        } while (changes.size() == CHANGES_PER_READ && ids.size() < CHANGES_PER_READ);
        apply(live, ids);
        // Only now: if indexing failed (the database unreachable), the next look tries these changes again.
        fresh.forEach(id -> floor.actedOn(id, now));
        floor.settle(now);
        Generation current = live;
        if (current != null
                && (uncommitted && now - lastCommit > Duration.ofSeconds(5).toNanos())) {
            commit(current);
        }
        if (now - lastPurge > Duration.ofHours(1).toNanos() || lastPurge == 0) {
            lastPurge = now;
            articles.purgeChanges(Times.now(clock).minus(config.changeRetention()));
        }
        return ids;
    }

    private void pollQuietly() {
        try {
            names.refresh();
            poll();
        } catch (IOException | RuntimeException e) {
            // Nothing is lost: the rows stay, and the next look reads them.
            LOG.debugf("Could not read article changes: %s", e.getMessage());
        }
    }

    private void apply(Generation generation, Collection<Long> ids) throws IOException {
        if (generation == null || ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Map<Long, SearchableArticle> found = new HashMap<>();
            for (SearchableArticle article : articles.load(batch)) {
                found.put(article.id(), article);
            }
            for (Long id : batch) {
                Term term = new Term(SearchFields.ID, String.valueOf(id));
                SearchableArticle article = found.get(id);
                if (article == null) {
                    generation.writer().deleteDocuments(term);
                } else {
                    generation.writer().updateDocument(term, document(article));
                }
            }
        }
        uncommitted = true;
        generation.searchers().maybeRefreshBlocking();
        changed();
    }

    /** What the index finds may have changed: answers kept from it go. */
    private void changed() {
        responses.evict(SEARCH_ANSWERS);
    }

    private void build() throws Exception {
        long started = System.nanoTime();
        long startFloor = articles.lastChange();
        Path path = root().resolve("g" + System.currentTimeMillis());
        Directory directory = FSDirectory.open(path);
        IndexWriter indexWriter = new IndexWriter(directory, writerConfig());
        long count = 0;
        long after = 0;
        List<SearchableArticle> batch;
        do {
            batch = articles.after(after, BATCH);
            for (SearchableArticle article : batch) {
                indexWriter.addDocument(document(article));
                after = article.id();
            }
            count += batch.size();
        } while (!batch.isEmpty());
        Generation built = new Generation(path, directory, indexWriter, new SearcherManager(indexWriter, null));
        long documents = count;
        // The swap runs on the writer thread: what committed during the build is applied to the new generation.
        writer.submit(() -> {
                    Set<Long> since = new TreeSet<>();
                    List<SearchableArticles.Change> changes;
                    long last = startFloor;
                    do {
                        changes = articles.changesAfter(last, CHANGES_PER_READ);
                        for (SearchableArticles.Change change : changes) {
                            since.add(change.articleId());
                            last = change.id();
                        }
                    } while (changes.size() == CHANGES_PER_READ);
                    apply(built, since);
                    commit(built);
                    Generation old = live;
                    live = built;
                    changed();
                    Path pointer = root().resolve(CURRENT + ".tmp");
                    Files.writeString(pointer, path.getFileName().toString(), StandardCharsets.UTF_8);
                    Files.move(
                            pointer,
                            root().resolve(CURRENT),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    if (old != null) {
                        old.close();
                    }
                    deleteOtherGenerations(path);
                    return null;
                })
                .get();
        LOG.infof(
                "Search index built: %d articles in %d ms",
                documents, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void commit(Generation generation) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(VERSION, SearchAnalyzers.VERSION);
        data.put(DATABASE, databaseId);
        data.put(FLOOR, String.valueOf(floor.floor()));
        data.put(SEEN, floor.saved());
        data.put(WRITTEN_AT, clock.instant().toString());
        generation.writer().setLiveCommitData(data.entrySet());
        generation.writer().commit();
        uncommitted = false;
        lastCommit = System.nanoTime();
    }

    /** Opens the generation named in {@code current}; leaves {@link #live} null if it cannot serve. */
    private Map<String, String> openCurrent() {
        Path pointer = root().resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Map.of();
        }
        Directory directory = null;
        try {
            Path path = root().resolve(
                            Files.readString(pointer, StandardCharsets.UTF_8).strip());
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Map.of();
            }
            Map<String, String> commit =
                    SegmentInfos.readLatestCommit(directory).getUserData();
            if (!SearchAnalyzers.VERSION.equals(commit.get(VERSION))
                    || !databaseId.equals(commit.get(DATABASE))
                    || commit.get(FLOOR) == null
                    || commit.get(WRITTEN_AT) == null) {
                LOG.info("The search index was built by another analysis or for another database: rebuilding");
                directory.close();
                return Map.of();
            }
            IndexWriterConfig writerConfig = writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND);
            IndexWriter indexWriter = new IndexWriter(directory, writerConfig);
            live = new Generation(path, directory, indexWriter, new SearcherManager(indexWriter, null));
            return commit;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index cannot be opened (%s): rebuilding", e.toString());
            if (directory != null) {
                try {
                    directory.close();
                } catch (IOException ignored) {
                    // Rebuilt elsewhere; this one is deleted after the rebuild.
                }
            }
            return Map.of();
        }
    }

    private IndexWriterConfig writerConfig() {
        IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer);
        // Newest first on disk: "newest first" reads and suggestions stop after the first hits.
        writerConfig.setIndexSort(new Sort(new SortField(SearchFields.PUBLISHED_AT, SortField.Type.LONG, true)));
        return writerConfig;
    }

    private Document document(SearchableArticle article) throws IOException {
        String kind = SearchAnalyzers.kind(article.lang());
        Document document = new Document();
        document.add(new StringField(SearchFields.ID, String.valueOf(article.id()), Field.Store.YES));
        // "ar" finds "ar-EG" too, as in the article list.
        String lang = article.lang().toLowerCase(Locale.ROOT);
        document.add(new StringField(SearchFields.LANG, lang, Field.Store.NO));
        if (lang.contains("-")) {
            document.add(new StringField(SearchFields.LANG, lang.substring(0, lang.indexOf('-')), Field.Store.NO));
        }
        document.add(new Field(SearchAnalyzers.field(SearchFields.TITLE, kind), article.title(), HIGHLIGHTED));
        String excerpt = Stream.of(article.subtitle(), article.excerpt())
                .filter(text -> text != null && !text.isBlank())
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
        document.add(new TextField(SearchAnalyzers.field(SearchFields.EXCERPT, kind), excerpt, Field.Store.NO));
        document.add(new Field(SearchAnalyzers.field(SearchFields.BODY, kind), article.bodyText(), HIGHLIGHTED));
        document.add(new TextField(SearchAnalyzers.SUGGEST, article.title(), Field.Store.NO));
        document.add(new StoredField(SearchFields.STORED_TITLE, article.title()));
        document.add(new StoredField(SearchFields.SLUG, article.slug()));
        long published = millis(article.publishedAt() != null ? article.publishedAt() : article.publicFrom());
        document.add(new LongPoint(SearchFields.PUBLISHED_AT, published));
        document.add(new NumericDocValuesField(SearchFields.PUBLISHED_AT, published));
        document.add(new LongPoint(SearchFields.PUBLIC_FROM, millis(article.publicFrom())));
        if (article.categoryId() != null) {
            addKeyword(document, SearchFields.CATEGORY, article.categoryId());
        }
        for (Long tag : new TreeSet<>(article.tagIds())) {
            addKeyword(document, SearchFields.TAG, tag);
        }
        for (Long author : new TreeSet<>(article.authorIds())) {
            addKeyword(document, SearchFields.AUTHOR, author);
        }
        return facets.build(document);
    }

    private static void addKeyword(Document document, String field, long id) {
        document.add(new StringField(field, String.valueOf(id), Field.Store.NO));
        document.add(new SortedSetDocValuesFacetField(field, String.valueOf(id)));
    }

    private static final Set<String> ID_ONLY = Set.of(SearchFields.ID);

    /** The article id of a hit, read without decoding the stored title and body beside it. */
    static long articleId(StoredFields stored, int doc) throws IOException {
        return Long.parseLong(stored.document(doc, ID_ONLY).get(SearchFields.ID));
    }

    static long millis(OffsetDateTime time) {
        return time.toInstant().toEpochMilli();
    }

    private void deleteOtherGenerations(Path keep) throws IOException {
        try (Stream<Path> entries = Files.list(root())) {
            for (Path entry : entries.filter(Files::isDirectory)
                    .filter(entry -> !entry.equals(keep))
                    .toList()) {
                if (inUse(entry)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** Another process's index in the same data directory (a misconfiguration) is left alone. */
    private static boolean inUse(Path generation) {
        try (Directory directory = FSDirectory.open(generation);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private Path root() {
        return data.resolve("search");
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
