package news.akhbar.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score factor for recency: {@code 1 + weight * 0.5^(age / halfLife)}. A story published now scores up to
 * {@code 1 + weight} times what the same match scores in an old one; relevance still decides between unequal matches.
 */
final class Recency extends DoubleValuesSource {

    private final long now;
    private final double halfLife;
    private final double weight;

    Recency(long nowMillis, long halfLifeMillis, double weight) {
        this.now = nowMillis;
        this.halfLife = Math.max(1, halfLifeMillis);
        this.weight = weight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED_AT);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (published.advanceExact(doc)) {
                    double age = Math.max(0, now - published.longValue());
                    value = 1 + weight * Math.pow(0.5, age / halfLife);
                } else {
                    value = 1;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return false;
    }

    @Override
    public int hashCode() {
        return Objects.hash(now, halfLife, weight);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recency that && that.now == now && that.halfLife == halfLife && that.weight == weight;
    }

    @Override
    public String toString() {
        return "recency(halfLife=" + halfLife + "ms, weight=" + weight + ")";
    }
}
