package news.akhbar.syndication;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import news.akhbar.article.ArticleSummary;
import news.akhbar.article.ArticleSyndication;
import news.akhbar.article.ArticleSyndication.FeedArticle;
import news.akhbar.author.AuthorProfile;
import news.akhbar.author.AuthorRef;
import news.akhbar.author.AuthorService;
import news.akhbar.common.SiteConfig;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.content.Image;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/** RSS 2.0 and Atom 1.0 feeds of the newest public articles, written by ROME. */
@ApplicationScoped
class FeedService {

    enum FeedFormat {
        RSS("rss_2.0", "application/rss+xml"),
        ATOM("atom_1.0", "application/atom+xml");

        final String romeType;
        final String mediaType;

        FeedFormat(String romeType, String mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }
    }

    /** What a feed follows: the site, or one category, tag or author. */
    enum Scope {
        SITE,
        CATEGORY,
        TAG,
        AUTHOR
    }

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

    /** The feed, or empty when its category, tag or author does not exist. */
    Optional<Rendered> feed(Scope scope, String requested, FeedFormat format, String selfUrl) {
        // As every read by slug: without control characters, NFC, lower case.
        String slug = Slugs.normalize(requested);
        Optional<Heading> heading = heading(scope, slug);
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        int size = config.feedSize();
        Optional<List<FeedArticle>> latest = switch (scope) {
            case SITE -> articles.latest(null, null, null, size);
            case CATEGORY -> articles.latest(slug, null, null, size);
            case TAG -> articles.latest(null, slug, null, size);
            case AUTHOR -> articles.latest(null, null, slug, size);
        };
        return latest.map(items -> render(heading.get(), items, format, selfUrl));
    }

    private record Heading(String title, String link, String description) {}

    private Optional<Heading> heading(Scope scope, String slug) {
        String name = site.name();
        switch (scope) {
            case SITE:
                return Optional.of(new Heading(name, site.url(), name));
            case CATEGORY:
                return categories
                        .findId(slug)
                        .map(id -> categories.refs(List.of(id)).get(id))
                        .map(CategoryRef::name)
                        .map(title -> new Heading(title + " – " + name, urls.category(slug), title));
            case TAG:
                Map<String, Long> ids = tags.findIds(List.of(slug));
                return ids.values().stream()
                        .findFirst()
                        .map(id -> tags.refs(List.of(id)).get(id))
                        .filter(Objects::nonNull)
                        .map(TagRef::name)
                        .map(title -> new Heading(title + " – " + name, urls.tag(slug), title));
            default:
                return authors.profile(slug)
                        .map(AuthorProfile::displayName)
                        .map(title -> new Heading(title + " – " + name, urls.author(slug), title));
        }
    }

    private Rendered render(Heading heading, List<FeedArticle> items, FeedFormat format, String selfUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setEncoding(StandardCharsets.UTF_8.name());
        feed.setTitle(heading.title());
        feed.setLink(heading.link());
        feed.setUri(selfUrl);
        feed.setDescription(heading.description());
        feed.setLanguage(site.lang());
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType(format.mediaType);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(heading.link());
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        OffsetDateTime newest = items.stream()
                .map(item -> item.summary().updatedAt())
                .max(OffsetDateTime::compareTo)
                .orElse(null);
        if (newest != null) {
            feed.setPublishedDate(Date.from(newest.toInstant()));
        }
        feed.setEntries(items.stream().map(this::entry).toList());
        StringWriter out = new StringWriter();
        try {
            Document document = new WireFeedOutput().outputJDom(feed.createWireFeed());
            if (format == FeedFormat.ATOM) {
                // Atom states languages as xml:lang, which ROME does not write: on the feed, and on each entry.
                Element root = document.getRootElement();
                root.setAttribute("lang", site.lang(), Namespace.XML_NAMESPACE);
                List<Element> entries = root.getChildren("entry", root.getNamespace());
                for (int i = 0; i < entries.size() && i < items.size(); i++) {
                    entries.get(i).setAttribute("lang", items.get(i).summary().lang(), Namespace.XML_NAMESPACE);
                }
            }
            new XMLOutputter(Format.getPrettyFormat().setEncoding(StandardCharsets.UTF_8.name())).output(document, out);
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
        return new Rendered(out.toString().getBytes(StandardCharsets.UTF_8), format.mediaType, newest);
    }

    private SyndEntry entry(FeedArticle item) {
        ArticleSummary article = item.summary();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.title());
        entry.setLink(article.url());
        entry.setUri(article.url());
        entry.setPublishedDate(Date.from(article.publishedAt().toInstant()));
        entry.setUpdatedDate(Date.from(article.updatedAt().toInstant()));
        List<String> names =
                article.authors().stream().map(AuthorRef::displayName).toList();
        if (names.isEmpty() && article.byline() != null) {
            names = List.of(article.byline());
        }
        // Names only: RSS's own <author> holds an e-mail address, so RSS readers get dc:creator instead.
        List<SyndPerson> people = new ArrayList<>();
        for (String name : names) {
            SyndPerson person = new SyndPersonImpl();
            person.setName(name);
            people.add(person);
        }
        entry.setAuthors(people);
        ((DCModule) entry.getModule(DCModule.URI)).setCreators(names);
        List<SyndCategory> terms = new ArrayList<>();
        if (article.category() != null) {
            terms.add(category(article.category().name()));
        }
        article.tags().forEach(tag -> terms.add(category(tag.name())));
        entry.setCategories(terms);
        if (article.excerpt() != null) {
            entry.setDescription(html(article, escape(article.excerpt())));
        }
        if (config.feedFullContent()) {
            entry.setContents(List.of(html(article, item.html())));
        }
        Image image = article.featuredImage();
        if (image != null) {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(image.url());
            String type = URLConnection.guessContentTypeFromName(image.url().replaceAll("[?#].*$", ""));
            enclosure.setType(type != null ? type : "image/jpeg");
            // RSS requires a length; 0 when unknown is what validators accept.
            enclosure.setLength(0);
            entry.setEnclosures(List.of(enclosure));
        }
        return entry;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    /** HTML wrapped in the article's language and direction, which feeds have no field for. */
    private static SyndContent html(ArticleSummary article, String html) {
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue("<div lang=\"" + escape(article.lang()) + "\" dir=\"" + TextDirection.of(article.lang())
                + "\">" + html + "</div>");
        return content;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
