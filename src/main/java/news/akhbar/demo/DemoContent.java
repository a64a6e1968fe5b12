package news.akhbar.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import news.akhbar.article.ArticleAdminService;
import news.akhbar.article.ArticleRequest;
import news.akhbar.article.ArticleResponse;
import news.akhbar.article.ArticleStatus;
import news.akhbar.author.AuthorRequest;
import news.akhbar.author.AuthorService;
import news.akhbar.common.text.Slugs;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagService;
import news.akhbar.taxonomy.TaxonomyRequests.CategoryRequest;
import news.akhbar.taxonomy.TaxonomyRequests.TagRequest;

/**
 * The content a new install serves: the publisher's seed article, exactly as given, and the demo articles around it
 * (among them the one its "read also" link points to). Loaded once, into an empty database.
 */
@ApplicationScoped
public class DemoContent {

    static final String SEED = "/demo/seed-article.reading.json";
    static final String DEMO = "/demo/demo-content.json";
    /** Not on the page; its text places it in early 2025. */
    static final OffsetDateTime SEED_PUBLISHED_AT = OffsetDateTime.parse("2025-01-12T09:30:00Z");

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    record DemoFile(
            String about,
            List<AuthorRequest> authors,
            List<CategoryRequest> categories,
            List<TagRequest> tags,
            List<ArticleRequest> articles) {}

    @Inject
    DemoConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ArticleAdminService editor;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (editor.hasNoArticles()) {
                    load();
                    LOG.info("Demo content loaded (akhbar.demo.enabled=false turns this off)");
                }
            });
        }
    }

    /** Loads everything; returns the slug of the seed article. */
    public String load() {
        JsonNode seed = read(SEED, JsonNode.class);
        DemoFile demo = read(DEMO, DemoFile.class);
        demo.categories().forEach(categories::create);
        demo.tags().forEach(tags::create);
        for (AuthorRequest author : demo.authors()) {
            authors.create(
                    author.bio() == null && seed.at("/author_box/name").asText().equals(author.displayName())
                            ? withBio(author, seed.at("/author_box/bio").asText())
                            : author);
        }
        demo.articles().forEach(article -> editor.create(article, null));
        return editor.create(seedArticle(seed), null).body().slug();
    }

    /** The seed article: its paragraphs, with the "read also" link where the page has it. */
    static ArticleRequest seedArticle(JsonNode seed) {
        JsonNode article = seed.get("article");
        JsonNode readAlso = article.get("read_also");
        String linkedSlug = Slugs.fromTitle(readAlso.get("linked_title").asText());
        int linkPosition = readAlso.get("position_after_paragraph").asInt();
        StringBuilder body = new StringBuilder();
        JsonNode paragraphs = article.get("body_paragraphs");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == linkPosition) {
                body.append("<p>")
                        .append(escape(readAlso.get("label").asText()))
                        .append(": <a href=\"/articles/")
                        .append(linkedSlug)
                        .append("\">")
                        .append(escape(readAlso.get("linked_title").asText()))
                        .append("</a></p>");
            }
            body.append("<p>").append(escape(paragraphs.get(i).asText())).append("</p>");
        }
        String title = article.get("title").asText();
        String category = Slugs.fromTitle(seed.at("/section_label/text").asText());
        return new ArticleRequest(
                null,
                title,
                null,
                null,
                body.toString(),
                seed.at("/site/language").asText(),
                ArticleStatus.PUBLISHED,
                SEED_PUBLISHED_AT,
                article.get("byline").asText(),
                List.of(Slugs.fromTitle(seed.at("/author_box/name").asText())),
                category,
                List.of("سوريا", "بشار-الأسد", "روسيا"),
                null,
                List.of(new ArticleResponse.SourceRef("NBC News", "https://www.nbcnews.com/")),
                new ArticleResponse.Seo(title, null, null),
                true,
                new ArrayList<>(List.of(linkedSlug)),
                false,
                null);
    }

    private static AuthorRequest withBio(AuthorRequest author, String bio) {
        return new AuthorRequest(
                author.slug(),
                author.displayName(),
                bio,
                author.avatarUrl(),
                author.avatarAlt(),
                author.website(),
                author.email(),
                author.lang(),
                author.socials());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoContent.class.getResourceAsStream(resource)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
