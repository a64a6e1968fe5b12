package news.akhbar.search;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.article.ArticleSummary;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.http.PageInfo;

/** One page of search results, best first, with facet counts over every match. */
@Schema(name = "SearchResults")
public record SearchResults(
        @Schema(required = true) List<SearchHit> items,
        @Schema(required = true) PageInfo page,
        @Schema(required = true) SearchFacets facets)
        implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        keys.add(CacheKeys.SEARCH);
        items.forEach(hit -> hit.article().addCacheKeys(keys));
    }

    /** A matching article, and where it matched. */
    @Schema(name = "SearchHit")
    public record SearchHit(
            @Schema(required = true) ArticleSummary article,
            @Schema(required = true) Highlights highlights) {}

    @Schema(
            name = "SearchHighlights",
            description =
                    "Matched words marked with `<mark>`; everything else is HTML-escaped, safe to insert as HTML.")
    public record Highlights(
            @Schema(description = "The whole title, when it matched.", examples = "قصة <mark>الهروب</mark> إلى موسكو")
            String title,

            @Schema(
                    description = "Up to two passages of the body that matched, joined by `…`.",
                    examples = "وكشفت التقارير تفاصيل <mark>هروبه</mark> في الساعات الأخيرة")
            String body) {}

    @Schema(name = "SearchFacets", description = "How many of all matches (not only this page) fall in each.")
    public record SearchFacets(
            @Schema(required = true) List<FacetValue> categories,
            @Schema(required = true) List<FacetValue> tags,
            @Schema(required = true) List<FacetValue> authors) {

        static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of());
    }

    @Schema(name = "FacetValue")
    public record FacetValue(
            @Schema(required = true, examples = "سوريا") String slug,
            @Schema(required = true, examples = "سوريا") String name,
            @Schema(required = true, examples = "12") long count) {}

    /** A completion for a search box. */
    @Schema(name = "Suggestion")
    public record Suggestion(
            @Schema(required = true, description = "What it completes to.")
            Kind kind,

            @Schema(required = true, examples = "قصة الهروب إلى موسكو")
            String text,

            @Schema(required = true, description = "The slug of the article, tag or author.", examples = "سوريا")
            String slug) {

        public enum Kind {
            article,
            tag,
            author
        }
    }

    @Schema(name = "Suggestions")
    public record Suggestions(@Schema(required = true) List<Suggestion> items) implements Keyed {

        @Override
        public void addCacheKeys(Set<String> keys) {
            keys.add(CacheKeys.SEARCH);
        }
    }
}
