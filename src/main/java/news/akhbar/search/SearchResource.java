package news.akhbar.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.http.PageParams;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.QueryParams;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.search.SearchResults.Suggestions;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Search",
        description = "Full-text search of published articles, whatever the spelling of Arabic (hamza, alef maksura, "
                + "ta marbuta, tatweel, diacritics, Arabic-Indic digits), and completions for a search box.")
public class SearchResource {

    private static final String Q = """
            What to look for, 1 to 200 characters. All words are required; "a phrase" in quotes matches as a \
            phrase, -word excludes, a | b means either.""";

    @Inject
    SearchService search;

    @GET
    @Operation(
            summary = "Search published articles",
            description = "Best matches first: the title weighs more than the excerpt and the tags, which weigh more "
                    + "than the body, and between close matches the newer story comes first. Each hit carries its "
                    + "matched words in `highlights`; `facets` count every match by category, tag and author.")
    @APIResponse(
            responseCode = "200",
            description = "One page of results.",
            headers = @Header(ref = ApiDocs.TOTAL_COUNT_HEADER))
    public RestResponse<SearchResults> searchArticles(
            @Parameter(
                            description = Q,
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
                            examples = {
                                @ExampleObject(name = "a word, any spelling", value = "الهروب"),
                                @ExampleObject(name = "a phrase, excluding a word", value = "\"بشار الأسد\" -موسكو")
                            })
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Category slug; includes its sub-categories.", example = "أخر-الأخبار")
                    @QueryParam("category")
                    String category,
            @Parameter(description = "Tag slug; repeat it to require several tags at once.") @QueryParam("tag")
                    List<String> tag,
            @Parameter(description = "Author slug.", example = "rami-fakhori") @QueryParam("author") String author,
            @Parameter(description = "BCP 47 language; `ar` also matches `ar-EG`.", example = "ar") @QueryParam("lang")
                    String lang,
            @Parameter(description = "Published at or after (ISO-8601 date-time with offset, or a date in UTC).")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Published before (date-time), or on or before (date).") @QueryParam("to")
                    String to,
            @Parameter(
                            description = "`relevance` (with recency blended in), or newest first.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"relevance", "-publishedAt"},
                                            defaultValue = "relevance"))
                    @QueryParam("sort")
                    @DefaultValue("relevance")
                    String sort,
            @BeanParam PageParams paging) {
        if (!sort.equals("relevance") && !sort.equals("-publishedAt")) {
            throw ProblemException.invalidQueryParameter("sort", "expected one of [relevance, -publishedAt]");
        }
        var query = new SearchService.SearchQuery(
                q,
                QueryParams.blankToNull(category),
                QueryParams.nonBlank(tag),
                QueryParams.blankToNull(author),
                QueryParams.language("lang", lang),
                QueryParams.instant("from", from, false),
                QueryParams.instant("to", to, true),
                sort.equals("-publishedAt"));
        SearchResults results = search.search(query, paging.toRequest());
        return RestResponse.ResponseBuilder.ok(results)
                .header(Paged.TOTAL_COUNT, results.page().totalItems())
                .build();
    }

    @GET
    @Path("/suggest")
    @Operation(
            summary = "Suggest completions for a search box",
            description = "Tags and authors whose name, and the newest published articles whose title, has a word "
                    + "starting with the last word typed and contains the others; normalized as search is.")
    @APIResponse(responseCode = "200", description = "Completions, tags and authors first.")
    public Suggestions suggestSearch(
            @Parameter(
                            description = "What has been typed so far, 1 to 200 characters.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
                            example = "الهرو")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "At most this many completions, 1 to 20.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "20",
                                            defaultValue = "8"))
                    @QueryParam("limit")
                    String limit) {
        return new Suggestions(search.suggest(q, QueryParams.wholeNumber("limit", limit, 1, 20, 8)));
    }
}
