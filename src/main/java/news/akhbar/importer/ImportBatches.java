package news.akhbar.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import news.akhbar.article.ArticleImports;
import news.akhbar.comment.CommentImports;
import news.akhbar.common.problem.ProblemException;

/**
 * Stores the items of an import, whatever its format, committed in batches. A batch with a bad item is rolled back
 * whole and replayed item by item, so that the good items of it are stored and the bad ones are reported; nothing
 * half-written from a refused item stays.
 */
@ApplicationScoped
class ImportBatches {

    static final int BATCH = 100;
    static final int MAX_REPORTED = 1000;
    static final List<String> KINDS = List.of("author", "category", "tag", "article", "comment");
    private static final Logger LOG = Logger.getLogger(ImportBatches.class);

    @Inject
    EntityManager em;

    @Inject
    ArticleImports articles;

    @Inject
    CommentImports comments;

    /** What an import has done so far; a format reports what it skipped before storing through it. */
    static final class Tally {
        private final long start = System.nanoTime();
        int items;
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private int rejectedCount;
        private final List<ImportReport.Rejected> rejected = new ArrayList<>();

        void add(ImportItem.Stored stored) {
            counts.computeIfAbsent(stored.kind(), kind -> new int[2])[stored.created() ? 0 : 1]++;
        }

        void reject(int line, String kind, String reason) {
            rejectedCount++;
            if (rejected.size() < MAX_REPORTED) {
                rejected.add(new ImportReport.Rejected(line, kind, reason));
            }
        }

        ImportReport report(String format) {
            List<ImportReport.KindCount> kinds = counts.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> KINDS.indexOf(entry.getKey())))
                    .map(entry -> new ImportReport.KindCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                    .toList();
            return new ImportReport(
                    null,
                    format,
                    null,
                    items,
                    kinds,
                    rejectedCount,
                    List.copyOf(rejected),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Stores every item, in order. */
    void run(Iterator<? extends ImportItem> items, long accountId, Tally tally) {
        List<ImportItem> batch = new ArrayList<>();
        while (items.hasNext()) {
            batch.add(items.next());
            tally.items++;
            if (batch.size() == BATCH) {
                commit(batch, accountId, tally);
                batch.clear();
            }
        }
        commit(batch, accountId, tally);
    }

    private void commit(List<ImportItem> batch, long accountId, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<ImportItem.Stored> stored = QuarkusTransaction.requiringNew().call(() -> {
                List<ImportItem.Stored> done =
                        batch.stream().map(item -> storeAlone(item, accountId)).toList();
                finish(done);
                return done;
            });
            stored.forEach(tally::add);
        } catch (RuntimeException batchFailed) {
            for (ImportItem item : batch) {
                try {
                    tally.add(QuarkusTransaction.requiringNew().call(() -> {
                        ImportItem.Stored stored = item.store(accountId);
                        finish(List.of(stored));
                        return stored;
                    }));
                } catch (RuntimeException refused) {
                    tally.reject(item.line(), item.kind(), reason(refused));
                }
            }
        }
    }

    /** What a batch owes once, however many items it holds: its articles' links, and each commented article's count. */
    private void finish(List<ImportItem.Stored> done) {
        articles.finish(ids(done, ImportItem.Stored::articleId));
        Set<Long> commented = ids(done, ImportItem.Stored::commentedArticleId);
        if (!commented.isEmpty()) {
            comments.recount(commented);
        }
    }

    private static Set<Long> ids(List<ImportItem.Stored> done, Function<ImportItem.Stored, Long> id) {
        var ids = new LinkedHashSet<Long>();
        done.stream().map(id).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /**
     * One item of a batch, then the session is emptied: each item's flush would otherwise dirty-check every entity
     * the batch loaded before it, and a batch would cost the square of its size.
     */
    private ImportItem.Stored storeAlone(ImportItem item, long accountId) {
        ImportItem.Stored stored = item.store(accountId);
        em.flush();
        em.clear();
        return stored;
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportItem.Refused || cause instanceof ProblemException) {
                return cause.getMessage();
            }
        }
        LOG.warnf(e, "An imported item could not be stored");
        return "could not be stored (logged)";
    }
}
