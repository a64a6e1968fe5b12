package news.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import news.akhbar.article.SimilarArticles;
import news.akhbar.common.time.Times;

/**
 * Related articles by text: Lucene's MoreLikeThis picks the article's most telling words (frequent in it, rare in
 * the archive) from its title and body and looks for the articles that share most of them.
 */
@ApplicationScoped
class TextSimilarity implements SimilarArticles {

    private static final int MAX_QUERY_TERMS = 25;

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    @Override
    public List<Long> similarTo(String lang, String titleText, String bodyText, Set<Long> excluded, int limit) {
        if (limit <= 0 || !index.ready()) {
            return List.of();
        }
        String kind = SearchAnalyzers.kind(lang);
        String title = SearchAnalyzers.field(SearchFields.TITLE, kind);
        String body = SearchAnalyzers.field(SearchFields.BODY, kind);
        try {
            return index.search(searcher -> {
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(SearchAnalyzers.querying());
                mlt.setFieldNames(new String[] {title, body});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
                // Words in more than a tenth of the archive say little (at least 5 articles, for a small one).
                mlt.setMaxDocFreq(Math.max(5, searcher.getIndexReader().numDocs() / 10));
                mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
                mlt.setBoost(true);
                Map<String, Collection<Object>> text = Map.of(title, List.of(titleText), body, List.of(bodyText));
                BooleanQuery.Builder query = new BooleanQuery.Builder()
                        .add(mlt.like(text), BooleanClause.Occur.MUST)
                        .add(
                                LongPoint.newRangeQuery(
                                        SearchFields.PUBLIC_FROM, Long.MIN_VALUE, SearchIndex.millis(Times.now(clock))),
                                BooleanClause.Occur.FILTER);
                for (Long id : excluded) {
                    query.add(
                            new TermQuery(new Term(SearchFields.ID, String.valueOf(id))), BooleanClause.Occur.MUST_NOT);
                }
                Query built = query.build();
                TopDocs top = searcher.search(built, limit);
                StoredFields stored = searcher.storedFields();
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc doc : top.scoreDocs) {
                    ids.add(SearchIndex.articleId(stored, doc.doc));
                }
                return ids;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
