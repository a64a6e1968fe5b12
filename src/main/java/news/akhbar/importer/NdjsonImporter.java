package news.akhbar.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import news.akhbar.article.ArticleImports;
import news.akhbar.article.ArticleRequest;
import news.akhbar.author.AuthorRequest;
import news.akhbar.author.AuthorService;
import news.akhbar.comment.CommentImport;
import news.akhbar.comment.CommentImports;
import news.akhbar.common.problem.RequestFailures;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.TaxonomyRequests.CategoryRequest;
import news.akhbar.taxonomy.TaxonomyRequests.TagRequest;

/** Reads NDJSON (one object per line, its {@code type} first), streamed, one item per non-empty line. */
@ApplicationScoped
class NdjsonImporter {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ImportBatches batches;

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

    ImportReport run(InputStream body, long accountId) {
        ImportBatches.Tally tally = new ImportBatches.Tally();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            batches.run(new Lines(reader), accountId, tally);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally.report("ndjson");
    }

    /** The non-empty lines of the body, read as they are asked for. */
    private final class Lines implements Iterator<Line> {
        private final BufferedReader reader;
        private int number;
        private Line next;

        Lines(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    String text = reader.readLine();
                    if (text == null) {
                        return false;
                    }
                    number++;
                    if (!text.isBlank()) {
                        next = new Line(number, text);
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line line = next;
            next = null;
            return line;
        }
    }

    private final class Line implements ImportItem {
        private final int number;
        private final String text;

        Line(int number, String text) {
            this.number = number;
            this.text = text;
        }

        @Override
        public int line() {
            return number;
        }

        @Override
        public String kind() {
            try {
                JsonNode type = json.readTree(text).get("type");
                return type != null && ImportBatches.KINDS.contains(type.asText()) ? type.asText() : null;
            } catch (JsonProcessingException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public Stored store(long accountId) {
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JsonProcessingException e) {
                throw new Refused("not valid JSON");
            }
            if (!(node instanceof ObjectNode object) || !object.hasNonNull("type")) {
                throw new Refused("expected a JSON object with a \"type\": one of " + ImportBatches.KINDS);
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
                        throw new Refused(
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
                default -> throw new Refused("unknown type '" + kind + "': expected one of " + ImportBatches.KINDS);
            };
        }

        private <T> T read(ObjectNode object, Class<T> type) {
            T value;
            try {
                value = json.treeToValue(object, type);
            } catch (UnrecognizedPropertyException e) {
                throw new Refused("field '" + e.getPropertyName() + "' is not part of this kind");
            } catch (JsonMappingException e) {
                throw new Refused(RequestFailures.wrongValue(e));
            } catch (JsonProcessingException e) {
                throw new Refused("not valid JSON");
            }
            return valid(validator, value);
        }
    }

    /** The value, or the reason its constraints refuse it. */
    static <T> T valid(Validator validator, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ImportItem.Refused(violations.stream()
                    .map(v -> "field '" + v.getPropertyPath() + "' " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        return value;
    }
}
