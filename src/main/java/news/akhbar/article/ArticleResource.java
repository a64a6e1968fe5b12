package news.akhbar.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.PublicCaching;
import news.akhbar.common.http.QueryParams;
import news.akhbar.common.problem.ProblemException;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published articles. Drafts, scheduled and archived articles do not exist here.")
public class ArticleResource {

    @Inject
    ApiUrls urls;

    private static final List<String> BODY_FORMATS = List.of("html", "text", "blocks");

    @Inject
    ArticleService articles;

    @Inject
    RelatedArticles related;

    @GET
    @Operation(
            summary = "List published articles",
            description =
                    "Summaries (no body) of published articles, newest first by default. Filters combine with AND.")
    @APIResponse(
            responseCode = "200",
            description = "One page of articles.",
            headers = {@Header(ref = ApiDocs.LINK_HEADER), @Header(ref = ApiDocs.TOTAL_COUNT_HEADER)})
    public RestResponse<Paged<ArticleSummary>> listArticles(
            @Parameter(description = "Category slug; includes its sub-categories.", example = "أخر-الأخبار")
                    @QueryParam("category")
                    String category,
            @Parameter(
                            description = "Tag slug; repeat it to require several tags at once.",
                            examples = @ExampleObject(name = "one tag", value = "[\"سوريا\"]"))
                    @QueryParam("tag")
                    List<String> tag,
            @Parameter(description = "Author slug.", example = "rami-fakhori") @QueryParam("author") String author,
            @Parameter(description = "BCP 47 language; `ar` also matches `ar-EG`.", example = "ar") @QueryParam("lang")
                    String lang,
            @Parameter(
                            description = "Published at or after (ISO-8601 date-time with offset, or a date in UTC).",
                            example = "2025-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Published before (date-time), or on or before (date).", example = "2025-01-31")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Order.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"-publishedAt", "publishedAt", "-updatedAt"},
                                            defaultValue = "-publishedAt"))
                    @QueryParam("sort")
                    @DefaultValue("-publishedAt")
                    String sort,
            @BeanParam PageParams paging,
            @Parameter(description = ApiDocs.CURSOR_DESCRIPTION) @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "Refused (400): the list does not search, and a client must not take the "
                                    + "whole list for search results. Search is `GET /api/v1/search?q=`.")
                    @QueryParam("q")
                    String q,
            @Context UriInfo uri) {
        if (q != null) {
            throw ProblemException.invalidQueryParameter(
                    "q", "the article list does not search; send the query to GET /api/v1/search?q=");
        }
        ArticleSort order = ArticleSort.fromParameter(sort);
        if (order == null) {
            throw ProblemException.invalidQueryParameter("sort", "expected one of " + ArticleSort.ALLOWED);
        }
        var query = new ArticleService.ListQuery(
                QueryParams.blankToNull(category),
                QueryParams.nonBlank(tag),
                QueryParams.blankToNull(author),
                QueryParams.language("lang", lang),
                QueryParams.instant("from", from, false),
                QueryParams.instant("to", to, true),
                order);
        // Sorted by update time, a list changes with every edit of an article it shows, and those keys name them all.
        return articles.list(query, paging.toRequest(), QueryParams.blankToNull(cursor))
                .toResponse(urls.request(uri), CacheKeys.ARTICLES);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            summary = "Get a published article by its slug",
            description = "The whole article with its body as sanitized HTML, plain text and structured blocks. "
                    + "Arabic slugs are sent percent-encoded.")
    @APIResponse(
            responseCode = "200",
            description = "The article.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(
            responseCode = "301",
            description = "The article has a new slug; `Location` names it.",
            headers = @Header(ref = "#/components/headers/Location"))
    public RestResponse<ArticleResponse> getArticleBySlug(
            @Parameter(
                            description = "The article's slug.",
                            example =
                                    "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو")
                    @PathParam("slug")
                    String slug,
            @Parameter(
                            description = "The body formats to include, comma-separated: `html`, `text`, `blocks`. "
                                    + "All three by default; an app that renders blocks saves two thirds of the bytes.",
                            example = "blocks")
                    @QueryParam("formats")
                    String formats,
            @Context UriInfo uri) {
        Set<String> only = bodyFormats(formats);
        ArticleLookup lookup = articles.lookup(slug);
        if (lookup instanceof ArticleLookup.Found found) {
            // A linked article appears as a card once it is public, and its title changes with it.
            String linked = found.linkedSlugs().stream().map(CacheKeys::article).collect(Collectors.joining(" "));
            ArticleResponse article =
                    only == null ? found.article() : found.article().withFormats(only);
            return RestResponse.ResponseBuilder.ok(article)
                    .header(PublicCaching.SURROGATE_KEY, linked.isEmpty() ? null : linked)
                    .build();
        }
        if (lookup instanceof ArticleLookup.Moved moved) {
            return RestResponse.ResponseBuilder.<ArticleResponse>create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(urls.root().path("api/v1/articles/{slug}").build(moved.currentSlug()))
                    .build();
        }
        throw notFound(slug);
    }

    @GET
    @Path("/{slug}/related")
    @Operation(
            summary = "List articles related to an article",
            description = "First the articles an editor pinned, in their order; then articles sharing tags "
                    + "(rarer tags weigh more), then the newest of the same category. Each item says why it is there.")
    @APIResponse(
            responseCode = "200",
            description = "Related articles, best first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RelatedList.class)))
    public RelatedList listRelatedArticles(
            @Parameter(description = "The article's slug.") @PathParam("slug") String slug,
            @Parameter(description = "How many, 1 to 20.") @QueryParam("limit") @DefaultValue("6") @Min(1) @Max(20)
                    int limit) {
        return related.of(slug, limit).orElseThrow(() -> notFound(slug));
    }

    /** The requested body formats; null for all of them. */
    private static Set<String> bodyFormats(String formats) {
        if (formats == null || formats.isBlank()) {
            return null;
        }
        Set<String> only = new LinkedHashSet<>();
        for (String format : formats.split(",")) {
            String name = format.strip();
            if (!BODY_FORMATS.contains(name)) {
                throw ProblemException.invalidQueryParameter(
                        "formats", "expected a comma-separated list of " + BODY_FORMATS);
            }
            only.add(name);
        }
        return only;
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No published article has the slug '" + slug + "'.");
    }
}
