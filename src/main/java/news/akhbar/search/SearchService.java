package news.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

import news.akhbar.article.SearchableArticles;
import news.akhbar.author.AuthorRef;
import news.akhbar.author.AuthorService;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.persistence.ReadOnly;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.text.Slugs;
import news.akhbar.common.time.Times;
import news.akhbar.search.SearchResults.FacetValue;
import news.akhbar.search.SearchResults.Highlights;
import news.akhbar.search.SearchResults.SearchFacets;
import news.akhbar.search.SearchResults.SearchHit;
import news.akhbar.search.SearchResults.Suggestion;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/** Runs reader queries against the index and shows the hits as the article list does. */
@ApplicationScoped
class SearchService {

    static final int MAX_QUERY_LENGTH = 200;
    /** Results reach this deep, as the article list's page numbers do. */
    static final int MAX_OFFSET = 10_000;

    private static final int FACET_VALUES = 10;
    private static final float TITLE = 4f;
    private static final float EXCERPT = 2f;
    private static final float TAG = 2f;
    private static final float BODY = 1f;
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    @Inject
    SearchIndex index;

    @Inject
    SearchableArticles articles;

    @Inject
    Names names;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    @Inject
    AuthorService authors;

    @Inject
    SearchConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    private final Analyzer analyzer = SearchAnalyzers.querying();
    private static final DefaultPassageFormatter MARKS = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    /** A reader's query and the list's filters, as the client sent them (slugs). */
    record SearchQuery(
            String q,
            String category,
            List<String> tags,
            String author,
            String lang,
            OffsetDateTime from,
            OffsetDateTime to,
            boolean newestFirst) {}

    /**
     * One page of results. Kept, rendered, by the response cache ({@code CacheKeys.SEARCH}) until the index or the
     * names change: during breaking news most readers search the same words.
     */
    @Transactional
    SearchResults search(SearchQuery query, PageRequest page) {
        String q = checkedQuery(query.q());
        if (page.offset() + page.size() > MAX_OFFSET) {
            throw ProblemException.invalidQueryParameter(
                    "page", "search results reach the first " + MAX_OFFSET + " matches; narrow the query");
        }
        return run(query, q, page);
    }

    private SearchResults run(SearchQuery query, String q, PageRequest page) {
        ReadOnly.session(em);
        Query text = text(q, query.lang());
        Optional<BooleanQuery.Builder> filtered = filters(query);
        if (filtered.isEmpty() || text instanceof MatchNoDocsQuery) {
            // Only stop words, or a filter naming nothing: nothing matches (and the index need not be ready).
            return new SearchResults(List.of(), PageInfo.of(page, 0), SearchFacets.NONE);
        }
        BooleanQuery.Builder builder = filtered.get().add(text, BooleanClause.Occur.MUST);
        Set<Long> namedTags = names.tagsNamedIn(SearchAnalyzers.words(q));
        if (!namedTags.isEmpty()) {
            builder.add(new BoostQuery(keywords(SearchFields.TAG, namedTags), TAG), BooleanClause.Occur.SHOULD);
        }
        long now = SearchIndex.millis(Times.now(clock));
        Query ranked = FunctionScoreQuery.boostByValue(
                builder.build(), new Recency(now, config.recencyHalfLife().toMillis(), config.recencyWeight()));
        int wanted = (int) page.offset() + page.size();
        Found found = read(searcher -> {
            FacetsCollectorManager.FacetsResult result = query.newestFirst()
                    ? FacetsCollectorManager.search(searcher, ranked, wanted, newest(), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, ranked, wanted, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            int[] docs = new int[Math.max(0, top.scoreDocs.length - (int) page.offset())];
            List<Long> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[(int) page.offset() + i].doc;
                ids.add(SearchIndex.articleId(stored, docs[i]));
            }
            return new Found(
                    ids,
                    highlights(searcher, text, ids, docs),
                    top.totalHits.value,
                    facets(searcher, result.facetsCollector()));
        });
        List<SearchHit> items = new ArrayList<>();
        for (SearchableArticles.PublicHit hit : articles.publicHits(found.ids())) {
            items.add(new SearchHit(hit.summary(), found.highlights().get(hit.id())));
        }
        Map<String, Map<Long, Long>> counts = found.facets();
        SearchFacets facets = new SearchFacets(
                values(
                        counts.get(SearchFields.CATEGORY),
                        Names.Kind.category,
                        categories::refs,
                        CategoryRef::slug,
                        CategoryRef::name),
                values(counts.get(SearchFields.TAG), Names.Kind.tag, tags::refs, TagRef::slug, TagRef::name),
                values(
                        counts.get(SearchFields.AUTHOR),
                        Names.Kind.author,
                        authors::refs,
                        AuthorRef::slug,
                        AuthorRef::displayName));
        return new SearchResults(items, PageInfo.of(page, found.total()), facets);
    }

    /**
     * Ids of the public articles that match {@code q}, best first (the same ranking as {@link #search}), at most
     * {@code limit}: for an API that filters and pages them itself.
     */
    List<Long> matchingIds(String q, int limit) {
        String checked = checkedQuery(q);
        Query text = text(checked, null);
        if (text instanceof MatchNoDocsQuery) {
            return List.of();
        }
        Query filtered = new BooleanQuery.Builder()
                .add(visibleNow(), BooleanClause.Occur.FILTER)
                .add(text, BooleanClause.Occur.MUST)
                .build();
        long now = SearchIndex.millis(Times.now(clock));
        Query ranked = FunctionScoreQuery.boostByValue(
                filtered, new Recency(now, config.recencyHalfLife().toMillis(), config.recencyWeight()));
        return read(searcher -> {
            TopDocs top = searcher.search(ranked, limit);
            StoredFields stored = searcher.storedFields();
            List<Long> ids = new ArrayList<>();
            for (var hit : top.scoreDocs) {
                ids.add(SearchIndex.articleId(stored, hit.doc));
            }
            return ids;
        });
    }

    /** Facet counts by id as slugs and names, from memory; most frequent first. */
    private <R> List<FacetValue> values(
            Map<Long, Long> counts,
            Names.Kind kind,
            Function<Collection<Long>, Map<Long, R>> refs,
            Function<R, String> slug,
            Function<R, String> name) {
        if (counts == null || counts.isEmpty()) {
            return List.of();
        }
        Map<Long, FacetValue> named = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        counts.forEach((id, count) -> {
            Names.Name known = names.byId(kind, id);
            if (known == null) {
                unknown.add(id);
            } else {
                named.put(id, new FacetValue(known.slug(), known.text(), count));
            }
        });
        if (!unknown.isEmpty()) {
            // Created since the names were last read (at most akhbar.search.poll ago): one statement.
            refs.apply(unknown)
                    .forEach((id, ref) ->
                            named.put(id, new FacetValue(slug.apply(ref), name.apply(ref), counts.get(id))));
        }
        return counts.keySet().stream()
                .filter(named::containsKey)
                .map(named::get)
                .toList();
    }

    private record Found(
            List<Long> ids, Map<Long, Highlights> highlights, long total, Map<String, Map<Long, Long>> facets) {}

    /**
     * Completions for a prefix: tags and authors whose name starts so, then the newest public titles. Kept like
     * {@link #search}'s answers: a search box asks for the same few letters on every reader's keystroke.
     */
    List<Suggestion> suggest(String prefix, int limit) {
        List<String> words = SearchAnalyzers.words(checkedQuery(prefix));
        if (words.isEmpty()) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Names.Name name : names.complete(words, Math.max(1, limit / 2))) {
            suggestions.add(new Suggestion(
                    name.kind() == Names.Kind.tag ? Suggestion.Kind.tag : Suggestion.Kind.author,
                    name.text(),
                    name.slug()));
        }
        int titles = limit - suggestions.size();
        if (titles <= 0 || !index.ready()) {
            return suggestions;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(visibleNow(), BooleanClause.Occur.FILTER);
        for (String word : words) {
            String term =
                    word.length() > SearchAnalyzers.MAX_PREFIX ? word.substring(0, SearchAnalyzers.MAX_PREFIX) : word;
            builder.add(new TermQuery(new Term(SearchAnalyzers.SUGGEST, term)), BooleanClause.Occur.FILTER);
        }
        Query query = builder.build();
        suggestions.addAll(read(searcher -> {
            // The index is sorted newest first: this reads the first matches and stops.
            TopDocs top = searcher.search(query, titles, newest());
            StoredFields stored = searcher.storedFields();
            List<Suggestion> found = new ArrayList<>();
            for (ScoreDoc doc : top.scoreDocs) {
                var document = stored.document(doc.doc);
                found.add(new Suggestion(
                        Suggestion.Kind.article,
                        document.get(SearchFields.STORED_TITLE),
                        document.get(SearchFields.SLUG)));
            }
            return found;
        }));
        return suggestions;
    }

    static String checkedQuery(String q) {
        String stripped = q == null ? "" : q.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.invalidQueryParameter("q", "a search needs at least one character");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidQueryParameter(
                    "q", "a search has at most " + MAX_QUERY_LENGTH + " characters");
        }
        return stripped;
    }

    /** Words, "phrases", -exclusions, a | b, and (groups); all words are required unless joined by |. */
    private Query text(String q, String lang) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String kind : lang == null ? List.of(SearchAnalyzers.KINDS) : List.of(SearchAnalyzers.kind(lang))) {
            weights.put(SearchAnalyzers.field(SearchFields.TITLE, kind), TITLE);
            weights.put(SearchAnalyzers.field(SearchFields.EXCERPT, kind), EXCERPT);
            weights.put(SearchAnalyzers.field(SearchFields.BODY, kind), BODY);
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, OPERATORS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(q);
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    /** The list's filters as index clauses; empty when one names a category, tag or author that does not exist. */
    private Optional<BooleanQuery.Builder> filters(SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(visibleNow(), BooleanClause.Occur.FILTER);
        if (query.category() != null) {
            Set<Long> subtree = categories.subtreeIds(query.category());
            if (subtree.isEmpty()) {
                return Optional.empty();
            }
            builder.add(keywords(SearchFields.CATEGORY, subtree), BooleanClause.Occur.FILTER);
        }
        List<String> tagSlugs =
                query.tags().stream().map(Slugs::normalize).distinct().toList();
        Map<String, Long> tagIds = tags.findIds(tagSlugs);
        if (tagIds.size() < tagSlugs.size()) {
            return Optional.empty();
        }
        for (Long tagId : tagIds.values()) {
            builder.add(new TermQuery(new Term(SearchFields.TAG, String.valueOf(tagId))), BooleanClause.Occur.FILTER);
        }
        if (query.author() != null) {
            Optional<Long> author = authors.findId(query.author());
            if (author.isEmpty()) {
                return Optional.empty();
            }
            builder.add(
                    new TermQuery(new Term(SearchFields.AUTHOR, String.valueOf(author.get()))),
                    BooleanClause.Occur.FILTER);
        }
        if (query.lang() != null) {
            builder.add(
                    new TermQuery(new Term(SearchFields.LANG, query.lang().toLowerCase())), BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : SearchIndex.millis(query.from());
            // "to" is exclusive, as in the article list.
            long to = query.to() == null ? Long.MAX_VALUE : SearchIndex.millis(query.to()) - 1;
            builder.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        return Optional.of(builder);
    }

    /** Scheduled articles are in the index from the start and match from their time on, without a job. */
    private Query visibleNow() {
        return LongPoint.newRangeQuery(SearchFields.PUBLIC_FROM, Long.MIN_VALUE, SearchIndex.millis(Times.now(clock)));
    }

    private static Query keywords(String field, Collection<Long> ids) {
        return new TermInSetQuery(
                field, ids.stream().map(id -> new BytesRef(String.valueOf(id))).toList());
    }

    private static Sort newest() {
        return new Sort(new SortField(SearchFields.PUBLISHED_AT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    }

    /**
     * The matched words of each hit's title (whole) and body (two best sentences), from the offsets the index keeps:
     * no text is analysed again. Each article has the fields of its own analysis; the others come back null.
     */
    private Map<Long, Highlights> highlights(IndexSearcher searcher, Query text, List<Long> ids, int[] docs)
            throws IOException {
        Map<Long, Highlights> found = new HashMap<>();
        if (docs.length == 0) {
            return found;
        }
        String[] titleFields = new String[SearchAnalyzers.KINDS.length];
        String[] bodyFields = new String[SearchAnalyzers.KINDS.length];
        for (int k = 0; k < SearchAnalyzers.KINDS.length; k++) {
            titleFields[k] = SearchAnalyzers.field(SearchFields.TITLE, SearchAnalyzers.KINDS[k]);
            bodyFields[k] = SearchAnalyzers.field(SearchFields.BODY, SearchAnalyzers.KINDS[k]);
        }
        String[] fields = new String[titleFields.length + bodyFields.length];
        System.arraycopy(titleFields, 0, fields, 0, titleFields.length);
        System.arraycopy(bodyFields, 0, fields, titleFields.length, bodyFields.length);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 0, titleFields.length, 1);
        Arrays.fill(passages, titleFields.length, fields.length, 2);
        Set<String> wholeFields = Set.of(titleFields);
        // One pass over titles and bodies: each pass reads every hit's stored fields, and that was half a search.
        UnifiedHighlighter highlighter =
                new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(MARKS)
                        .withMaxNoHighlightPassages(0)) {
                    @Override
                    protected BreakIterator getBreakIterator(String field) {
                        return wholeFields.contains(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
                    }
                };
        Map<String, String[]> highlighted = highlighter.highlightFields(fields, text, docs, passages);
        for (int i = 0; i < docs.length; i++) {
            found.put(
                    ids.get(i), new Highlights(first(highlighted, titleFields, i), first(highlighted, bodyFields, i)));
        }
        return found;
    }

    private static String first(Map<String, String[]> highlighted, String[] fields, int doc) {
        for (String field : fields) {
            String[] values = highlighted.get(field);
            if (values != null && values[doc] != null) {
                return values[doc];
            }
        }
        return null;
    }

    /** Counts per dimension, by id, over every match. */
    private Map<String, Map<Long, Long>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, Map<Long, Long>> counts = new HashMap<>();
        if (state == null) {
            return counts;
        }
        SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : List.of(SearchFields.CATEGORY, SearchFields.TAG, SearchFields.AUTHOR)) {
            Map<Long, Long> values = new LinkedHashMap<>();
            FacetResult result;
            try {
                result = facets.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                // No article in the index has this dimension yet.
                result = null;
            }
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.put(Long.valueOf(value.label), value.value.longValue());
                }
            }
            counts.put(dim, values);
        }
        return counts;
    }

    /** The facet ordinals of one reader: built once per refresh of the index, not per query. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, SearchIndex.facetsConfig());
        } catch (IllegalArgumentException e) {
            // An empty index has no facet field.
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private <T> T read(SearchIndex.Reading<T> reading) {
        try {
            return index.search(reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
