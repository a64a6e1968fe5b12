package news.akhbar.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import news.akhbar.article.ArticleImports;
import news.akhbar.article.ArticleRequest;
import news.akhbar.author.AuthorRequest;
import news.akhbar.author.AuthorService;
import news.akhbar.comment.CommentImport;
import news.akhbar.comment.CommentImports;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.RequestFailures;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.TaxonomyRequests.CategoryRequest;
import news.akhbar.taxonomy.TaxonomyRequests.TagRequest;

/**
 * Reads NDJSON (one object per line, its {@code type} first), streamed, and commits it in batches. A batch with a bad
 * line is rolled back whole and replayed line by line, so that the good lines of it are stored and the bad ones are
 * reported; nothing half-written from a refused line stays.
 */
@ApplicationScoped
class NdjsonImporter {

    static final int BATCH = 100;
    static final int MAX_REPORTED = 1000;
    private static final Logger LOG = Logger.getLogger(NdjsonImporter.class);
    private static final List<String> KINDS = List.of("author", "category", "tag", "article", "comment");

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    ArticleImports articles;

    @Inject
    CommentImports comments;

    private record Line(int number, String text) {}

    /** The outcome of one stored line: the article it wrote, or the article whose comment count it changed. */
    private record Stored(String kind, boolean created, Long articleId, Long commentedArticleId) {
        Stored(String kind, boolean created) {
            this(kind, created, null, null);
        }
    }

    private static final class Tally {
        int lines;
        final Map<String, int[]> counts = new LinkedHashMap<>();
        int rejectedCount;
        final List<ImportReport.Rejected> rejected = new ArrayList<>();

        void add(Stored stored) {
            counts.computeIfAbsent(stored.kind(), kind -> new int[2])[stored.created() ? 0 : 1]++;
        }

        void reject(Line line, String kind, String reason) {
            rejectedCount++;
            if (rejected.size() < MAX_REPORTED) {
                rejected.add(new ImportReport.Rejected(line.number(), kind, reason));
            }
        }
    }

    ImportReport run(InputStream body, long accountId) {
        long start = System.nanoTime();
        Tally tally = new Tally();
        List<Line> batch = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                tally.lines++;
                batch.add(new Line(number, text));
                if (batch.size() == BATCH) {
                    commit(batch, accountId, tally);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commit(batch, accountId, tally);
        List<ImportReport.KindCount> kinds = tally.counts.entrySet().stream()
                .sorted(Comparator.comparing(entry -> KINDS.indexOf(entry.getKey())))
                .map(entry -> new ImportReport.KindCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
        return new ImportReport(
                tally.lines, kinds, tally.rejectedCount, tally.rejected, (System.nanoTime() - start) / 1_000_000);
    }

    private void commit(List<Line> batch, long accountId, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Stored> stored = QuarkusTransaction.requiringNew().call(() -> {
                List<Stored> lines =
                        batch.stream().map(line -> storeAlone(line, accountId)).toList();
                finish(lines);
                return lines;
            });
            stored.forEach(tally::add);
        } catch (RuntimeException batchFailed) {
            for (Line line : batch) {
                try {
                    tally.add(QuarkusTransaction.requiringNew().call(() -> {
                        Stored stored = store(line, accountId);
                        finish(List.of(stored));
                        return stored;
                    }));
                } catch (RuntimeException refused) {
                    tally.reject(line, kindOf(line), reason(refused));
                }
            }
        }
    }

    /**
     * What a batch owes once, however many lines it holds: its articles' links, and each commented article's count.
     */
    private void finish(List<Stored> lines) {
        articles.finish(ids(lines, Stored::articleId));
        Set<Long> commented = ids(lines, Stored::commentedArticleId);
        if (!commented.isEmpty()) {
            comments.recount(commented);
        }
    }

    private static Set<Long> ids(List<Stored> lines, Function<Stored, Long> id) {
        var ids = new LinkedHashSet<Long>();
        lines.stream().map(id).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /**
     * One line of a batch, then the session is emptied: each line's flush would otherwise dirty-check every entity
     * the batch loaded before it, and a batch would cost the square of its size.
     */
    private Stored storeAlone(Line line, long accountId) {
        Stored stored = store(line, accountId);
        em.flush();
        em.clear();
        return stored;
    }

    private Stored store(Line line, long accountId) {
        JsonNode node;
        try {
            node = json.readTree(line.text());
        } catch (JsonProcessingException e) {
            throw new LineRefused("not valid JSON");
        }
        if (!(node instanceof ObjectNode object) || !object.hasNonNull("type")) {
            throw new LineRefused("expected a JSON object with a \"type\": one of " + KINDS);
        }
        String kind = object.remove("type").asText();
        return switch (kind) {
            case "author" -> new Stored(kind, authors.upsert(read(object, AuthorRequest.class)));
            case "category" -> new Stored(kind, categories.upsert(read(object, CategoryRequest.class)));
            case "tag" -> new Stored(kind, tags.upsert(read(object, TagRequest.class)));
            case "article" -> {
                JsonNode externalId = object.remove("externalId");
                if (externalId == null
                        || !externalId.isTextual()
                        || externalId.asText().isBlank()) {
                    throw new LineRefused(
                            "an article needs its \"externalId\", the id it has in the system it comes from");
                }
                ArticleImports.Imported imported =
                        articles.upsert(externalId.asText().strip(), read(object, ArticleRequest.class), accountId);
                yield new Stored(kind, imported.created(), imported.articleId(), null);
            }
            case "comment" -> {
                CommentImports.Imported imported = comments.upsert(read(object, CommentImport.class));
                yield new Stored(kind, imported.created(), null, imported.articleId());
            }
            default -> throw new LineRefused("unknown type '" + kind + "': expected one of " + KINDS);
        };
    }

    private <T> T read(ObjectNode object, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(object, type);
        } catch (UnrecognizedPropertyException e) {
            throw new LineRefused("field '" + e.getPropertyName() + "' is not part of this kind");
        } catch (JsonMappingException e) {
            throw new LineRefused(RequestFailures.wrongValue(e));
        } catch (JsonProcessingException e) {
            throw new LineRefused("not valid JSON");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new LineRefused(violations.stream()
                    .map(v -> "field '" + v.getPropertyPath() + "' " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        return value;
    }

    private String kindOf(Line line) {
        try {
            JsonNode type = json.readTree(line.text()).get("type");
            return type != null && KINDS.contains(type.asText()) ? type.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LineRefused || cause instanceof ProblemException) {
                return cause.getMessage();
            }
        }
        LOG.warnf(e, "An import line could not be stored");
        return "could not be stored (logged)";
    }

    /** A line that is not what the format describes. */
    private static final class LineRefused extends RuntimeException {
        LineRefused(String message) {
            super(message, null, false, false);
        }
    }
}
