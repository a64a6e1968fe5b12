package news.akhbar.article;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.ApiResponses;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.QueryParams;
import news.akhbar.common.Slugs;
import news.akhbar.taxonomy.TaxonomyService;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published articles. Drafts, scheduled and archived articles do not exist here.")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    TaxonomyService taxonomy;

    @GET
    @Operation(
            summary = "List published articles",
            description =
                    "Summaries (no body) of published articles, newest first by default. Filters combine with AND.")
    @APIResponse(
            responseCode = "200",
            description = "One page of articles.",
            headers = {
                @org.eclipse.microprofile.openapi.annotations.headers.Header(ref = ApiResponses.LINK_HEADER),
                @org.eclipse.microprofile.openapi.annotations.headers.Header(ref = ApiResponses.TOTAL_COUNT_HEADER)
            })
    public RestResponse<Paged<ArticleSummary>> listArticles(
            @Parameter(description = "Category slug; includes its sub-categories.", example = "أخر-الأخبار")
                    @QueryParam("category")
                    String category,
            @Parameter(description = "Tag slug; repeat it to require several tags at once.", example = "سوريا")
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
            @Parameter(description = "Page number, from 1.") @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @Parameter(description = "Items per page, 1 to 100.")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            @Context UriInfo uri) {
        ArticleSort order = ArticleSort.fromParameter(sort);
        if (order == null) {
            throw news.akhbar.common.ProblemException.invalidQueryParameter(
                    "sort", "expected one of " + ArticleSort.ALLOWED);
        }
        Set<Long> categories = category == null || category.isBlank()
                ? null
                : taxonomy.categoryWithDescendants(Slugs.normalize(category));
        List<String> tags = tag == null
                ? List.of()
                : tag.stream()
                        .filter(t -> !t.isBlank())
                        .map(Slugs::normalize)
                        .distinct()
                        .toList();
        ArticleFilter filter = new ArticleFilter(
                categories,
                tags,
                author == null || author.isBlank() ? null : Slugs.normalize(author),
                QueryParams.language("lang", lang),
                QueryParams.instant("from", from, false),
                QueryParams.instant("to", to, true),
                order);
        return articles.list(filter, new PageRequest(page, size)).toResponse(uri);
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
            headers =
                    @org.eclipse.microprofile.openapi.annotations.headers.Header(ref = "#/components/headers/Location"))
    public RestResponse<ArticleResponse> getArticleBySlug(
            @Parameter(
                            description = "The article's slug.",
                            example =
                                    "تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو")
                    @PathParam("slug")
                    String slug,
            @Context UriInfo uri) {
        try {
            return RestResponse.ok(articles.getPublished(slug));
        } catch (news.akhbar.common.ProblemException notFound) {
            // An old slug of a renamed article keeps working, as links to it live on in the wild.
            String current = articles.movedTo(slug).orElseThrow(() -> notFound);
            return RestResponse.ResponseBuilder.<ArticleResponse>create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder()
                            .path("api/v1/articles/{slug}")
                            .build(current))
                    .build();
        }
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
        return articles.related(slug, limit);
    }
}
