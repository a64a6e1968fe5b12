package news.akhbar.wordpress;

import java.net.URLConnection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;

import news.akhbar.article.ArticleQueries;
import news.akhbar.author.AuthorProfile;
import news.akhbar.comment.PublicComments;
import news.akhbar.common.SiteConfig;
import news.akhbar.common.SiteUrls;
import news.akhbar.common.content.Image;
import news.akhbar.common.content.Rendition;
import news.akhbar.common.text.TextDirection;
import news.akhbar.taxonomy.Term;

/** Akhbar's content in WordPress's shapes, with the {@code _links} WordPress clients follow. */
@ApplicationScoped
class WpViews {

    static final String BASE = "/wp-json/wp/v2";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int EXCERPT_WORDS = 55;

    @Inject
    SiteConfig config;

    @Inject
    SiteUrls site;

    /** What posts refer to, loaded once for a page of them. */
    record Refs(Map<Long, AuthorProfile> authors, Map<Long, Term> categories, Map<Long, Term> tags) {}

    String api(String path) {
        return config.apiUrl() + BASE + path;
    }

    static String date(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(WP_DATE);
    }

    WpShapes.Post post(ArticleQueries.Post post, Refs refs, boolean embed) {
        long id = post.number();
        List<AuthorProfile> authors = post.authorIds().stream()
                .map(refs.authors()::get)
                .filter(a -> a != null)
                .toList();
        Term category = post.categoryId() == null ? null : refs.categories().get(post.categoryId());
        List<Term> tags = post.tagIds().stream()
                .map(refs.tags()::get)
                .filter(t -> t != null)
                .toList();
        Map<String, List<WpShapes.Link>> links = new LinkedHashMap<>();
        links.put("self", List.of(WpShapes.Link.to(api("/posts/" + id))));
        links.put("collection", List.of(WpShapes.Link.to(api("/posts"))));
        links.put("about", List.of(WpShapes.Link.to(api("/types/post"))));
        links.put(
                "author",
                authors.stream()
                        .map(a -> WpShapes.Link.embeddable(api("/users/" + a.number())))
                        .toList());
        links.put("replies", List.of(WpShapes.Link.embeddable(api("/comments?post=" + id))));
        if (post.featuredImage() != null) {
            links.put("wp:featuredmedia", List.of(WpShapes.Link.embeddable(api("/media/" + id))));
        }
        links.put(
                "wp:term",
                List.of(
                        new WpShapes.Link(api("/categories?post=" + id), true, "category", null),
                        new WpShapes.Link(api("/tags?post=" + id), true, "post_tag", null)));
        Map<String, Object> embedded = null;
        if (embed) {
            embedded = new LinkedHashMap<>();
            embedded.put("author", authors.stream().map(this::user).toList());
            if (post.featuredImage() != null) {
                embedded.put("wp:featuredmedia", List.of(media(post)));
            }
            embedded.put(
                    "wp:term",
                    List.of(
                            category == null ? List.of() : List.of(category(category, refs.categories())),
                            tags.stream().map(this::tag).toList()));
        }
        String date = date(post.publishedAt());
        return new WpShapes.Post(
                id,
                date,
                date,
                new WpShapes.Rendered(api("/posts/" + id)),
                date(post.updatedAt()),
                date(post.updatedAt()),
                post.slug(),
                "publish",
                "post",
                post.url(),
                new WpShapes.Rendered(escape(post.title())),
                new WpShapes.Content(post.html(), false),
                new WpShapes.Content(excerpt(post), false),
                authors.isEmpty() ? 0L : authors.get(0).number(),
                post.featuredImage() == null ? 0L : id,
                post.commentsOpen() ? "open" : "closed",
                "closed",
                false,
                "",
                "standard",
                Map.of(),
                category == null ? List.of() : List.of(category.number()),
                tags.stream().map(Term::number).toList(),
                post.lang(),
                TextDirection.of(post.lang()),
                links,
                embedded);
    }

    WpShapes.Media media(ArticleQueries.Post post) {
        Image image = post.featuredImage();
        String date = date(post.publishedAt());
        Map<String, List<WpShapes.Link>> links = new LinkedHashMap<>();
        links.put("self", List.of(WpShapes.Link.to(api("/media/" + post.number()))));
        links.put("collection", List.of(WpShapes.Link.to(api("/media"))));
        return new WpShapes.Media(
                post.number(),
                date,
                date,
                post.slug(),
                "attachment",
                image.url(),
                new WpShapes.Rendered(escape(image.alt() == null ? "" : image.alt())),
                0L,
                new WpShapes.Rendered(image.caption() == null ? "" : "<p>" + escape(image.caption()) + "</p>\n"),
                image.alt() == null ? "" : image.alt(),
                "image",
                image.renditions() == null
                        ? mimeType(image.url())
                        : image.renditions().get(0).type(),
                new WpShapes.MediaDetails(image.width(), image.height(), sizes(image.renditions())),
                post.number(),
                image.url(),
                links);
    }

    /** {@code all}: every category by id, where the parent's number is found. */
    WpShapes.Term category(Term term, Map<Long, Term> all) {
        Term parent = term.parentId() == null ? null : all.get(term.parentId());
        return term(
                term, "category", "/categories/", site.category(term.slug()), parent == null ? 0L : parent.number());
    }

    WpShapes.Term tag(Term term) {
        return term(term, "post_tag", "/tags/", site.tag(term.slug()), null);
    }

    private WpShapes.Term term(Term term, String taxonomy, String path, String link, Long parent) {
        Map<String, List<WpShapes.Link>> links = new LinkedHashMap<>();
        links.put("self", List.of(WpShapes.Link.to(api(path + term.number()))));
        links.put("collection", List.of(WpShapes.Link.to(api(path.substring(0, path.length() - 1)))));
        links.put("about", List.of(WpShapes.Link.to(api("/taxonomies/" + taxonomy))));
        String filter = taxonomy.equals("category") ? "categories" : "tags";
        links.put("wp:post_type", List.of(WpShapes.Link.to(api("/posts?" + filter + "=" + term.number()))));
        return new WpShapes.Term(
                term.number(),
                term.count(),
                term.description() == null ? "" : term.description(),
                link,
                term.name(),
                term.slug(),
                taxonomy,
                parent,
                Map.of(),
                term.lang(),
                TextDirection.of(term.lang()),
                links);
    }

    WpShapes.User user(AuthorProfile author) {
        Map<String, List<WpShapes.Link>> links = new LinkedHashMap<>();
        links.put("self", List.of(WpShapes.Link.to(api("/users/" + author.number()))));
        links.put("collection", List.of(WpShapes.Link.to(api("/users"))));
        Map<String, String> avatars = new LinkedHashMap<>();
        if (author.avatar() != null) {
            for (String size : List.of("24", "48", "96")) {
                avatars.put(size, author.avatar().url());
            }
        }
        return new WpShapes.User(
                author.number(),
                author.displayName(),
                author.website() == null ? "" : author.website(),
                author.bio() == null ? "" : author.bio(),
                site.author(author.slug()),
                author.slug(),
                avatars,
                Map.of(),
                author.lang(),
                author.dir(),
                links);
    }

    WpShapes.Comment comment(PublicComments.Entry comment, long postNumber, String postUrl) {
        Map<String, List<WpShapes.Link>> links = new LinkedHashMap<>();
        links.put("self", List.of(WpShapes.Link.to(api("/comments/" + comment.number()))));
        links.put("collection", List.of(WpShapes.Link.to(api("/comments"))));
        links.put("up", List.of(new WpShapes.Link(api("/posts/" + postNumber), true, null, "post")));
        if (comment.parentNumber() != 0) {
            links.put("in-reply-to", List.of(WpShapes.Link.embeddable(api("/comments/" + comment.parentNumber()))));
        }
        String date = date(comment.createdAt());
        return new WpShapes.Comment(
                comment.number(),
                postNumber,
                comment.parentNumber(),
                0L,
                comment.authorName(),
                comment.authorUrl() == null ? "" : comment.authorUrl(),
                date,
                date,
                new WpShapes.Rendered(comment.bodyHtml()),
                postUrl + "#comment-" + comment.number(),
                comment.approved() ? "approved" : "hold",
                "comment",
                Map.of(),
                Map.of(),
                links);
    }

    /** The excerpt as WordPress renders it: the editor's, else the first 55 words of the body, in a paragraph. */
    private static String excerpt(ArticleQueries.Post post) {
        if (post.excerpt() != null && !post.excerpt().isBlank()) {
            return "<p>" + escape(post.excerpt()) + "</p>\n";
        }
        String[] words = Jsoup.parse(post.html()).text().split("\\s+");
        if (words.length <= EXCERPT_WORDS) {
            return "<p>" + escape(String.join(" ", words)) + "</p>\n";
        }
        List<String> first = new ArrayList<>(List.of(words).subList(0, EXCERPT_WORDS));
        return "<p>" + escape(String.join(" ", first)) + " […]</p>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * WordPress's named sizes, each the narrowest rendition at least as wide as WordPress makes it (medium 300,
     * medium_large 768, large 1024), and full the widest: what its clients look up in {@code media_details.sizes}.
     */
    private static Map<String, WpShapes.Size> sizes(List<Rendition> renditions) {
        Map<String, WpShapes.Size> sizes = new LinkedHashMap<>();
        if (renditions == null || renditions.isEmpty()) {
            return sizes;
        }
        Rendition widest = renditions.get(renditions.size() - 1);
        for (var named : List.of(Map.entry("medium", 300), Map.entry("medium_large", 768), Map.entry("large", 1024))) {
            Rendition size = renditions.stream()
                    .filter(rendition -> rendition.width() >= named.getValue())
                    .findFirst()
                    .orElse(widest);
            sizes.put(named.getKey(), size(size));
        }
        sizes.put("full", size(widest));
        return sizes;
    }

    private static WpShapes.Size size(Rendition rendition) {
        String url = rendition.url();
        return new WpShapes.Size(
                url.substring(url.lastIndexOf('/') + 1), rendition.width(), rendition.height(), rendition.type(), url);
    }

    private static String mimeType(String url) {
        String guessed = URLConnection.guessContentTypeFromName(url.replaceFirst("[?#].*$", ""));
        return guessed == null ? "image/jpeg" : guessed;
    }
}
