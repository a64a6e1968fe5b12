package news.akhbar.wordpress;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.SiteConfig;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.PublicCaching;

/**
 * The read side of WordPress's REST API (wp/v2) over Akhbar's content, so that apps written against the old site
 * keep working while they move to {@code /api/v1}.
 */
@Path("/wp-json/wp/v2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "WordPress compatibility",
        description = "WordPress's `wp/v2` routes for posts, categories, tags, users, media and comments, with its "
                + "parameters, `_embed`, `X-WP-Total` and `X-WP-TotalPages`. Public content only; errors carry "
                + "WordPress's `code`, `message` and `data.status` inside a problem document.")
public class WordPressResource {

    private static final String INVALID = "#/components/responses/WordPressInvalidParam";
    private static final String NOT_FOUND = "#/components/responses/WordPressNotFound";
    private static final String COMMENT_REFUSED = "#/components/responses/WordPressCommentRefused";
    private static final String TOTAL = "X-WP-Total";
    private static final String TOTAL_PAGES = "X-WP-TotalPages";

    @Inject
    WordPressReads reads;

    @Inject
    WordPressComments posting;

    @Inject
    SiteConfig site;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Inject
    HttpServerRequest http;

    @GET
    @Path("posts")
    @Operation(
            summary = "List posts",
            description = "WordPress's parameters: `page`, `per_page` (at most 100), `offset`, `search`, `author`, "
                    + "`categories`, `categories_exclude`, `tags`, `tags_exclude`, `include`, `exclude`, `slug`, `after`, "
                    + "`before`, `orderby` (date, "
                    + "modified, id, title, slug, include, include_slugs, relevance), `order`, `_embed` and "
                    + "`_fields`. Lists "
                    + "as `1,2`, repeated, or `name[]`.")
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @Parameter(
            name = "per_page",
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "categories", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "tags", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "author", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "slug", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "_embed", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "_fields",
            in = ParameterIn.QUERY,
            description = "Only these members (every route takes it), nested ones with a dot: `id,title.rendered`.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "A page of published posts.",
            headers = {
                @Header(name = TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = TOTAL_PAGES, schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WpShapes.Post.class)))
    @APIResponse(responseCode = "400", ref = INVALID)
    public RestResponse<Object> listWordPressPosts() {
        return listed(
                reads.posts(query()), CacheKeys.ARTICLES, CacheKeys.AUTHORS, CacheKeys.CATEGORIES, CacheKeys.TAGS);
    }

    @GET
    @Path("posts/{id}")
    @Operation(summary = "Get a post by its id", description = "The WordPress id for an imported post.")
    @APIResponse(
            responseCode = "200",
            description = "The post.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.Post.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> getWordPressPost(@PathParam("id") long id) {
        return keyed(
                reads.post(id, query().has("_embed")),
                CacheKeys.ARTICLES,
                CacheKeys.AUTHORS,
                CacheKeys.CATEGORIES,
                CacheKeys.TAGS);
    }

    @GET
    @Path("media/{id}")
    @Operation(summary = "Get a post's featured image", description = "Its id is the post's id.")
    @APIResponse(
            responseCode = "200",
            description = "The image.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.Media.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> getWordPressMedia(@PathParam("id") long id) {
        return keyed(reads.media(id), CacheKeys.ARTICLES);
    }

    @GET
    @Path("categories")
    @Operation(
            summary = "List categories",
            description = "`page`, `per_page`, `offset`, `search`, `include`, `exclude`, `slug`, `parent`, `post`, "
                    + "`hide_empty`, `orderby`, `order`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of categories.",
            headers = {
                @Header(name = TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = TOTAL_PAGES, schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WpShapes.Term.class)))
    @APIResponse(responseCode = "400", ref = INVALID)
    public RestResponse<Object> listWordPressCategories() {
        return listed(reads.categories(query()), CacheKeys.CATEGORIES, CacheKeys.ARTICLES);
    }

    @GET
    @Path("categories/{id}")
    @Operation(
            summary = "Get a category by its id",
            description =
                    "As WordPress answers `wp/v2/categories/{id}`: the id is the WordPress one for imported terms.")
    @APIResponse(
            responseCode = "200",
            description = "The category.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.Term.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> getWordPressCategory(@PathParam("id") long id) {
        return keyed(reads.category(id), CacheKeys.CATEGORIES, CacheKeys.ARTICLES);
    }

    @GET
    @Path("tags")
    @Operation(summary = "List tags", description = "The categories' parameters, without `parent`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tags.",
            headers = {
                @Header(name = TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = TOTAL_PAGES, schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WpShapes.Term.class)))
    @APIResponse(responseCode = "400", ref = INVALID)
    public RestResponse<Object> listWordPressTags() {
        return listed(reads.tags(query()), CacheKeys.TAGS, CacheKeys.ARTICLES);
    }

    @GET
    @Path("tags/{id}")
    @Operation(
            summary = "Get a tag by its id",
            description = "As WordPress answers `wp/v2/tags/{id}`: the id is the WordPress one for imported terms.")
    @APIResponse(
            responseCode = "200",
            description = "The tag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.Term.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> getWordPressTag(@PathParam("id") long id) {
        return keyed(reads.tag(id), CacheKeys.TAGS, CacheKeys.ARTICLES);
    }

    @GET
    @Path("users")
    @Operation(summary = "List authors", description = "`page`, `per_page`, `search`, `include`, `slug`, `orderby`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of public authors.",
            headers = {
                @Header(name = TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = TOTAL_PAGES, schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WpShapes.User.class)))
    @APIResponse(responseCode = "400", ref = INVALID)
    public RestResponse<Object> listWordPressUsers() {
        return listed(reads.users(query()), CacheKeys.AUTHORS);
    }

    @GET
    @Path("users/{id}")
    @Operation(
            summary = "Get an author by id",
            description = "As WordPress answers `wp/v2/users/{id}`, public fields only (no email).")
    @APIResponse(
            responseCode = "200",
            description = "The author.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.User.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> getWordPressUser(@PathParam("id") long id) {
        return keyed(reads.user(id), CacheKeys.AUTHORS);
    }

    @GET
    @Path("comments")
    @Operation(summary = "List approved comments", description = "`post`, `parent`, `page`, `per_page`, `order`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of approved comments, without emails.",
            headers = {
                @Header(name = TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = TOTAL_PAGES, schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WpShapes.Comment.class)))
    @APIResponse(responseCode = "400", ref = INVALID)
    public RestResponse<Object> listWordPressComments() {
        return listed(reads.comments(query()));
    }

    @GET
    @Path("comments/{id}")
    @Operation(
            summary = "Get an approved comment by id",
            description =
                    "As WordPress answers `wp/v2/comments/{id}`; a pending or spam comment is a 404, and no email is shown.")
    @APIResponse(
            responseCode = "200",
            description = "The comment.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.Comment.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> getWordPressComment(@PathParam("id") long id) {
        return keyed(reads.comment(id));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Post a reader's comment",
            description = "Under the native rules: closed comments, duplicates, rate limits and moderation. The "
                    + "email is kept for moderation and never shown.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.CommentRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Taken; `status` says whether it waits for moderation.",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WpShapes.Comment.class)))
    @APIResponse(responseCode = "400", ref = COMMENT_REFUSED)
    @APIResponse(responseCode = "403", ref = COMMENT_REFUSED)
    @APIResponse(responseCode = "409", ref = COMMENT_REFUSED)
    @APIResponse(responseCode = "429", ref = COMMENT_REFUSED)
    public RestResponse<WpShapes.Comment> createWordPressComment(Map<String, Object> body) {
        WpShapes.Comment comment = posting.post(body, http.remoteAddress().hostAddress());
        return RestResponse.ResponseBuilder.<WpShapes.Comment>create(RestResponse.Status.CREATED)
                .location(URI.create(site.apiUrl() + WpViews.BASE + "/comments/" + comment.id()))
                .entity(comment)
                .build();
    }

    private WpQuery query() {
        return new WpQuery(uri.getQueryParameters());
    }

    private Object fields(Object value) {
        WpQuery query = query();
        WpFields fields = query.has("_fields") ? WpFields.of(query.strings("_fields")) : null;
        return fields == null ? value : fields.filter(value, json);
    }

    /**
     * An answer with the cache keys of what it shows, so that the response cache keeps it until a write changes
     * that (and a CDN can purge it by them). WordPress's shapes mix articles, authors and terms: the keys are the
     * kinds' (every author, every term), coarser than the native API's but never stale.
     */
    private RestResponse<Object> keyed(Object value, String... keys) {
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.ok(fields(value));
        if (keys.length > 0) {
            response.header(PublicCaching.SURROGATE_KEY, String.join(" ", keys));
        }
        return response.build();
    }

    private <T> RestResponse<Object> listed(WordPressReads.Listed<T> listed, String... kinds) {
        Set<String> keys = new LinkedHashSet<>(List.of(kinds));
        keys.addAll(listed.keys());
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.ok(fields(listed.items()))
                .header(TOTAL, listed.total())
                .header(TOTAL_PAGES, listed.totalPages());
        if (!keys.isEmpty()) {
            response.header(PublicCaching.SURROGATE_KEY, String.join(" ", keys));
        }
        int page = query().integer("page", 1, 1, Integer.MAX_VALUE);
        StringBuilder links = new StringBuilder();
        if (page > 1 && page <= listed.totalPages() + 1) {
            links.append('<').append(pageUrl(page - 1)).append(">; rel=\"prev\"");
        }
        if (page < listed.totalPages()) {
            if (links.length() > 0) {
                links.append(", ");
            }
            links.append('<').append(pageUrl(page + 1)).append(">; rel=\"next\"");
        }
        if (links.length() > 0) {
            response.header("Link", links.toString());
        }
        return response.build();
    }

    private String pageUrl(int page) {
        URI relative = UriBuilder.fromUri(uri.getRequestUri())
                .replaceQueryParam("page", page)
                .build();
        return site.apiUrl() + relative.getRawPath() + "?" + relative.getRawQuery();
    }
}
