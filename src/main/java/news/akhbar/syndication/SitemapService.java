package news.akhbar.syndication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.article.ArticleSyndication;
import news.akhbar.article.ArticleSyndication.NewsArticle;
import news.akhbar.article.ArticleSyndication.SitemapUrl;
import news.akhbar.author.AuthorRef;
import news.akhbar.author.AuthorService;
import news.akhbar.common.SiteConfig;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.time.Times;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/**
 * Sitemaps (sitemaps.org 0.9) of the publisher's site: an index, the articles in parts of
 * {@code akhbar.syndication.sitemap-max-urls}, the categories, tags and authors, and a Google News sitemap.
 */
@ApplicationScoped
class SitemapService {

    static final String MEDIA_TYPE = "application/xml";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** The sitemaps.org limit per file: the category, tag and author sitemaps are not split. */
    private static final int PROTOCOL_MAX_URLS = 50_000;

    @Inject
    ArticleSyndication articles;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    AuthorService authors;

    @Inject
    SiteConfig site;

    @Inject
    SiteUrls urls;

    @Inject
    SyndicationConfig config;

    @Inject
    Clock clock;

    /** How many parts the article sitemap has: one at least, empty when nothing is published yet. */
    long articleParts() {
        long count = articles.publicCount();
        return Math.max(1, (count + perPart() - 1) / perPart());
    }

    private int perPart() {
        return Math.max(1, Math.min(config.sitemapMaxUrls(), PROTOCOL_MAX_URLS));
    }

    /** {@code base}: the address of the sitemaps, under which every part is listed. */
    Rendered index(String base) {
        long parts = articleParts();
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP);
            for (long part = 1; part <= parts; part++) {
                sitemap(xml, base + "/articles-" + part + ".xml");
            }
            for (String name : List.of("categories", "tags", "authors", "news")) {
                sitemap(xml, base + "/" + name + ".xml");
            }
            xml.writeEndElement();
        });
    }

    /** Part {@code part} (from 1), or empty when there is no such part. */
    Optional<Rendered> articles(long part) {
        if (part < 1 || part > articleParts()) {
            return Optional.empty();
        }
        List<SitemapUrl> page = articles.sitemapPart((int) part - 1, perPart());
        return Optional.of(urlset(page, SitemapUrl::url, SitemapUrl::lastModified));
    }

    Rendered categories() {
        return urlset(sorted(categories.allRefs().values(), CategoryRef::slug), urls::category, slug -> null);
    }

    Rendered tags() {
        return urlset(sorted(tags.allRefs().values(), TagRef::slug), urls::tag, slug -> null);
    }

    Rendered authors() {
        return urlset(sorted(authors.allRefs().values(), AuthorRef::slug), urls::author, slug -> null);
    }

    /** Articles published within {@code akhbar.syndication.news-window}, as Google News reads them. */
    Rendered news() {
        OffsetDateTime since = Times.now(clock).minus(config.newsWindow());
        List<NewsArticle> recent = articles.publishedSince(since, config.newsMaxUrls());
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("news", NEWS);
            for (NewsArticle article : recent) {
                xml.writeStartElement("url");
                element(xml, "loc", article.url());
                xml.writeStartElement("news", "news", NEWS);
                xml.writeStartElement("news", "publication", NEWS);
                newsElement(xml, "name", site.name());
                // Google takes ISO 639 codes only (zh-cn and zh-tw aside): the language without its region.
                newsElement(xml, "language", article.lang().split("-")[0].toLowerCase());
                xml.writeEndElement();
                newsElement(xml, "publication_date", format(article.publishedAt()));
                newsElement(xml, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private <T> Rendered urlset(List<T> items, Function<T, String> location, Function<T, OffsetDateTime> lastModified) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            for (T item : items) {
                xml.writeStartElement("url");
                element(xml, "loc", location.apply(item));
                OffsetDateTime modified = lastModified.apply(item);
                if (modified != null) {
                    element(xml, "lastmod", format(modified));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private <R> List<String> sorted(Collection<R> refs, Function<R, String> slug) {
        return refs.stream().map(slug).sorted().limit(PROTOCOL_MAX_URLS).toList();
    }

    private static void sitemap(XMLStreamWriter xml, String location) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        element(xml, "loc", location);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static Rendered write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(SITEMAP);
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return new Rendered(out.toByteArray(), MEDIA_TYPE, null);
    }
}
