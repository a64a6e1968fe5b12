package news.akhbar.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.jsoup.Jsoup;

import news.akhbar.article.ArticleImports;
import news.akhbar.article.ArticleRequest;
import news.akhbar.article.ArticleResponse;
import news.akhbar.article.ArticleStatus;
import news.akhbar.author.AuthorRequest;
import news.akhbar.author.AuthorService;
import news.akhbar.comment.CommentImport;
import news.akhbar.comment.CommentImports;
import news.akhbar.comment.CommentStatus;
import news.akhbar.common.DataDirectory;
import news.akhbar.common.content.Image;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.text.Urls;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.TaxonomyRequests.CategoryRequest;
import news.akhbar.taxonomy.TaxonomyRequests.TagRequest;

/**
 * Imports what WordPress's Tools → Export writes (WXR 1.0 to 1.2). The upload is kept in a file of the data directory
 * and read twice, each time streamed: first to check it is a well-formed export and to learn its attachments (an
 * item's featured image may come after it), then to store its authors, categories, tags, posts and comments through
 * the same batches as the NDJSON import. WordPress's ids become external ids ({@code wp-1041}, {@code wp-c-7731}, as
 * the NDJSON example names them) and the {@code wpId} the WordPress-compatible API answers with.
 */
@ApplicationScoped
class WordPressImporter {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern SERIALIZED_SIZE = Pattern.compile("s:(?:5:\"width\"|6:\"height\");i:(\\d+);");
    private static final String UNNAMED = "Anonymous";

    @Inject
    ImportBatches batches;

    @Inject
    Validator validator;

    @Inject
    DataDirectory dataDir;

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

    /** An attachment, as a post's featured image uses it. */
    private record Attachment(String url, String alt, String caption, Integer width, Integer height) {
        Image image() {
            return new Image(url, alt, caption, null, width, height);
        }
    }

    /** What the first reading learnt: the export's language and its attachments by id. */
    private record Export(String language, Map<Long, Attachment> attachments) {}

    ImportReport run(InputStream body, long accountId) {
        Path file = spool(body);
        try {
            Export export = survey(file);
            ImportBatches.Tally tally = new ImportBatches.Tally();
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = xmlReader(in);
                try {
                    batches.run(new Items(xml, export, tally), accountId, tally);
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                throw notAnExport(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return tally.report("wordpress");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover in the data directory's import folder, removed by the next start's cleanup or by hand
            }
        }
    }

    private Path spool(InputStream body) {
        try {
            Path folder = Files.createDirectories(dataDir.resolve("imports"));
            Path file = Files.createTempFile(folder, "wordpress-", ".xml");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // An export has no DTD: one in an upload could only read files or expand entities without bound.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in, "UTF-8");
    }

    /** The whole file once, keeping only attachments: a file that is not a well-formed export is refused here. */
    private Export survey(Path file) {
        Map<Long, Attachment> attachments = new HashMap<>();
        String language = null;
        boolean wxr = false;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = xmlReader(in);
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    depth++;
                    String name = WxrElement.nameOf(xml);
                    if (depth == 1 && !name.equals("rss")) {
                        throw new ProblemException(
                                ProblemType.INVALID_EXPORT, "Not a WordPress export: the document is not an RSS feed.");
                    }
                    if (depth != 3) {
                        continue;
                    }
                    if (name.equals("wp:wxr_version")) {
                        wxr = true;
                        xml.getElementText();
                        depth--;
                    } else if (name.equals("language")) {
                        language = xml.getElementText().strip();
                        depth--;
                    } else if (name.equals("item")) {
                        WxrElement item = WxrElement.read(xml);
                        depth--;
                        if ("attachment".equals(item.child("wp:post_type")) && item.child("wp:post_id") != null) {
                            attachments.put(item.number("wp:post_id"), attachment(item));
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw notAnExport(e);
        } catch (ImportItem.Refused e) {
            throw new ProblemException(ProblemType.INVALID_EXPORT, "Not a WordPress export: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!wxr) {
            throw new ProblemException(
                    ProblemType.INVALID_EXPORT,
                    "Not a WordPress export: the feed has no <wp:wxr_version> (Tools → Export in WordPress writes one).");
        }
        return new Export(lang(language), attachments);
    }

    private static ProblemException notAnExport(XMLStreamException e) {
        String where =
                e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        return new ProblemException(
                ProblemType.INVALID_EXPORT,
                "Not a well-formed WordPress export" + where + ": " + firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        String text = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return text.lines().findFirst().orElse(text).strip();
    }

    /** {@code ar}, {@code en-US}: WordPress writes the site's locale; a language Akhbar cannot tell is left out. */
    private static String lang(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.replace('_', '-');
        return tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? tag : null;
    }

    private static Attachment attachment(WxrElement item) {
        Map<String, String> meta = item.meta();
        Integer width = null;
        Integer height = null;
        String sizes = meta.get("_wp_attachment_metadata");
        if (sizes != null) {
            Matcher matcher = SERIALIZED_SIZE.matcher(sizes);
            if (matcher.find()) {
                width = Integer.valueOf(matcher.group(1));
            }
            if (matcher.find()) {
                height = Integer.valueOf(matcher.group(1));
            }
        }
        String url = item.child("wp:attachment_url");
        return new Attachment(
                url == null ? item.child("guid") : url,
                blankToNull(meta.get("_wp_attachment_image_alt")),
                text(item.raw("excerpt:encoded")),
                width,
                height);
    }

    /** The items of the export in its order, read as the batches ask for them. */
    private final class Items implements Iterator<ImportItem> {
        private final XMLStreamReader xml;
        private final Export export;
        private final ImportBatches.Tally tally;
        private final Deque<ImportItem> ready = new ArrayDeque<>();
        private final Map<Long, String> categorySlugs = new HashMap<>();
        private int depth;

        Items(XMLStreamReader xml, Export export, ImportBatches.Tally tally) {
            this.xml = xml;
            this.export = export;
            this.tally = tally;
        }

        @Override
        public boolean hasNext() {
            try {
                while (ready.isEmpty() && xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 3) {
                            String name = WxrElement.nameOf(xml);
                            if (List.of("wp:author", "wp:category", "wp:tag", "wp:term", "item")
                                    .contains(name)) {
                                WxrElement element = WxrElement.read(xml);
                                depth--;
                                take(element);
                            }
                        }
                    }
                }
                return !ready.isEmpty();
            } catch (XMLStreamException e) {
                // The survey read this file whole, so this is a disk failing under it.
                throw new IllegalStateException("The kept export could not be read again", e);
            }
        }

        @Override
        public ImportItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }

        private void take(WxrElement element) {
            switch (element.name()) {
                case "wp:author" -> ready.add(item(element, "author", accountId -> storeAuthor(element)));
                case "wp:category" -> {
                    Long termId = safeNumber(element, "wp:term_id");
                    String slug = WordPressContent.slug(element.child("wp:category_nicename"));
                    if (termId != null && slug != null) {
                        categorySlugs.put(termId, slug);
                    }
                    ready.add(item(element, "category", accountId -> storeCategory(element)));
                }
                case "wp:tag" -> ready.add(item(element, "tag", accountId -> storeTag(element)));
                case "wp:term" -> {
                    String taxonomy = element.child("wp:term_taxonomy");
                    if (!"category".equals(taxonomy) && !"post_tag".equals(taxonomy)) {
                        skip(element, null, "terms of the taxonomy '" + taxonomy + "' are not imported");
                    }
                }
                default -> takeItem(element);
            }
        }

        private void takeItem(WxrElement item) {
            String type = Objects.requireNonNullElse(item.child("wp:post_type"), "post");
            String label = type + " " + Objects.requireNonNullElse(item.child("wp:post_id"), "?");
            switch (type) {
                case "post" -> {
                    String status = Objects.requireNonNullElse(item.child("wp:status"), "draft");
                    if (List.of("trash", "auto-draft", "inherit").contains(status)) {
                        skip(item, "article", label + " has the status '" + status + "': not imported");
                        return;
                    }
                    ready.add(item(item, "article", accountId -> storePost(item, status, accountId)));
                    item.all("wp:comment").stream()
                            .sorted(Comparator.comparingLong(comment -> {
                                Long id = safeNumber(comment, "wp:comment_id");
                                return id == null ? Long.MAX_VALUE : id;
                            }))
                            .forEach(comment -> takeComment(item, comment));
                }
                case "attachment" -> {
                    // learnt in the survey: a post's featured image
                }
                default -> skip(item, null, label + ": WordPress " + type + "s are not imported, only posts");
            }
        }

        private void takeComment(WxrElement post, WxrElement comment) {
            String type = comment.child("wp:comment_type");
            if (type != null && !type.equals("comment")) {
                skip(
                        comment,
                        "comment",
                        "comment " + comment.child("wp:comment_id") + " is a " + type
                                + ": pingbacks and trackbacks are not imported");
                return;
            }
            ready.add(item(comment, "comment", accountId -> storeComment(post, comment)));
        }

        private void skip(WxrElement element, String kind, String reason) {
            tally.items++;
            tally.reject(element.line(), kind, reason);
        }

        private ImportItem.Stored storePost(WxrElement item, String status, long accountId) {
            long wpId = item.number("wp:post_id");
            ArticleImports.Imported imported =
                    articles.upsert("wp-" + wpId, wpId, NdjsonImporter.valid(validator, post(item, status)), accountId);
            return new ImportItem.Stored("article", imported.created(), imported.articleId(), null);
        }

        private ArticleRequest post(WxrElement item, String status) {
            Map<String, String> meta = item.meta();
            boolean open = List.of("publish", "future").contains(status) && item.child("wp:post_password") == null;
            OffsetDateTime publishedAt = open ? gmt(item.child("wp:post_date_gmt")) : null;
            if (open && publishedAt == null) {
                throw new ImportItem.Refused("post " + item.child("wp:post_id") + " has no <wp:post_date_gmt>");
            }
            String category = null;
            Long primary = parseOrNull(meta.get("_yoast_wpseo_primary_category"));
            List<String> tagSlugs = new ArrayList<>();
            for (WxrElement term : item.all("category")) {
                String slug = WordPressContent.slug(term.attributes().get("nicename"));
                if (slug == null) {
                    continue;
                }
                if ("category".equals(term.attributes().get("domain"))) {
                    category = category == null ? slug : category;
                } else if ("post_tag".equals(term.attributes().get("domain")) && !tagSlugs.contains(slug)) {
                    tagSlugs.add(slug);
                }
            }
            if (primary != null && categorySlugs.containsKey(primary)) {
                category = categorySlugs.get(primary);
            }
            Long thumbnail = parseOrNull(meta.get("_thumbnail_id"));
            Attachment image = thumbnail == null ? null : export.attachments().get(thumbnail);
            String creator = item.child("dc:creator");
            String title = item.child("title");
            if (title == null) {
                throw new ImportItem.Refused("post " + item.child("wp:post_id") + " has no title");
            }
            return new ArticleRequest(
                    WordPressContent.slug(item.child("wp:post_name")),
                    Jsoup.parse(title).text(),
                    null,
                    text(item.raw("excerpt:encoded")),
                    WordPressContent.html(item.raw("content:encoded")),
                    export.language(),
                    open ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT,
                    publishedAt,
                    null,
                    creator == null ? null : List.of(WordPressContent.slug(creator)),
                    category,
                    tagSlugs.size() > 50 ? tagSlugs.subList(0, 50) : tagSlugs,
                    image == null || image.url() == null ? null : image.image(),
                    null,
                    seo(meta),
                    "open".equals(item.child("wp:comment_status")),
                    null,
                    null,
                    social(meta));
        }

        private ImportItem.Stored storeComment(WxrElement post, WxrElement comment) {
            long wpId = comment.number("wp:comment_id");
            Long parent = comment.number("wp:comment_parent");
            CommentImport request = new CommentImport(
                    "wp-c-" + wpId,
                    "wp-" + post.number("wp:post_id"),
                    parent == null || parent == 0 ? null : "wp-c-" + parent,
                    Objects.requireNonNullElse(WordPressContent.plainText(comment.raw("wp:comment_content")), ""),
                    Objects.requireNonNullElse(text(comment.raw("wp:comment_author")), UNNAMED),
                    email(comment.child("wp:comment_author_email")),
                    webUrl(comment.child("wp:comment_author_url")),
                    commentStatus(comment.child("wp:comment_approved")),
                    gmt(comment.child("wp:comment_date_gmt")));
            CommentImports.Imported imported = comments.upsert(NdjsonImporter.valid(validator, request), wpId);
            return new ImportItem.Stored("comment", imported.created(), null, imported.articleId());
        }

        private ImportItem.Stored storeAuthor(WxrElement author) {
            String login = author.child("wp:author_login");
            if (login == null) {
                throw new ImportItem.Refused("an author without <wp:author_login>");
            }
            AuthorRequest request = new AuthorRequest(
                    WordPressContent.slug(login),
                    Objects.requireNonNullElse(text(author.raw("wp:author_display_name")), login),
                    null,
                    null,
                    null,
                    null,
                    email(author.child("wp:author_email")),
                    export.language(),
                    null);
            return new ImportItem.Stored(
                    "author", authors.upsert(NdjsonImporter.valid(validator, request), author.number("wp:author_id")));
        }

        private ImportItem.Stored storeCategory(WxrElement category) {
            CategoryRequest request = new CategoryRequest(
                    WordPressContent.slug(category.child("wp:category_nicename")),
                    Objects.requireNonNullElse(text(category.raw("wp:cat_name")), ""),
                    text(category.raw("wp:category_description")),
                    WordPressContent.slug(category.child("wp:category_parent")),
                    export.language());
            return new ImportItem.Stored(
                    "category",
                    categories.upsert(NdjsonImporter.valid(validator, request), category.number("wp:term_id")));
        }

        private ImportItem.Stored storeTag(WxrElement tag) {
            TagRequest request = new TagRequest(
                    WordPressContent.slug(tag.child("wp:tag_slug")),
                    Objects.requireNonNullElse(text(tag.raw("wp:tag_name")), ""),
                    export.language());
            return new ImportItem.Stored(
                    "tag", tags.upsert(NdjsonImporter.valid(validator, request), tag.number("wp:term_id")));
        }
    }

    private static ImportItem item(WxrElement element, String kind, LongFunction<ImportItem.Stored> store) {
        return new ImportItem() {
            @Override
            public int line() {
                return element.line();
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Stored store(long accountId) {
                return store.apply(accountId);
            }
        };
    }

    private static ArticleResponse.Seo seo(Map<String, String> meta) {
        String title = blankToNull(meta.get("_yoast_wpseo_title"));
        String description = blankToNull(meta.get("_yoast_wpseo_metadesc"));
        // Yoast's templates (%%title%% %%sep%% %%sitename%%) mean nothing outside WordPress.
        title = title != null && title.contains("%%") ? null : title;
        description = description != null && description.contains("%%") ? null : description;
        return title == null && description == null ? null : new ArticleResponse.Seo(title, description, null);
    }

    /** Yoast's Open Graph fields, where the post set them; a card falls back on the rest. */
    private static ArticleResponse.Social social(Map<String, String> meta) {
        String title = blankToNull(meta.get("_yoast_wpseo_opengraph-title"));
        String description = blankToNull(meta.get("_yoast_wpseo_opengraph-description"));
        String image = blankToNull(meta.get("_yoast_wpseo_opengraph-image"));
        title = title != null && (title.contains("%%") || title.length() > 300) ? null : title;
        description =
                description != null && (description.contains("%%") || description.length() > 500) ? null : description;
        image = image != null && (image.length() > 2048 || !image.startsWith("http")) ? null : image;
        return title == null && description == null && image == null
                ? null
                : new ArticleResponse.Social(title, description, Image.of(image, null), null);
    }

    private static CommentStatus commentStatus(String approved) {
        if (approved == null) {
            return CommentStatus.PENDING;
        }
        return switch (approved) {
            case "1", "approve" -> CommentStatus.APPROVED;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.TRASH;
            default -> CommentStatus.PENDING;
        };
    }

    /** WordPress writes GMT times without a zone, and zeros for "not yet". */
    private static OffsetDateTime gmt(String value) {
        if (value == null || value.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, WP_DATE).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ImportItem.Refused("'" + value + "' is not a WordPress date (yyyy-MM-dd HH:mm:ss)");
        }
    }

    /** An address a reader typed into WordPress, which checked less than Akhbar does: kept only if it is one. */
    private static String email(String value) {
        return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && value.length() <= 320 ? value : null;
    }

    private static String webUrl(String value) {
        if (value == null || value.length() > 2048) {
            return null;
        }
        try {
            return Urls.checkWebUrl("authorUrl", value);
        } catch (ProblemException e) {
            return null;
        }
    }

    private static String text(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long parseOrNull(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long safeNumber(WxrElement element, String name) {
        return parseOrNull(element.child(name));
    }
}
