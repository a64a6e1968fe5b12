package news.akhbar.common.persistence;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** A WHERE clause built from optional filters, with its named parameters: the one way lists filter in JPQL. */
public final class JpqlFilter {

    private final StringBuilder where;
    private final Map<String, Object> params = new HashMap<>();

    private JpqlFilter(String base) {
        this.where = new StringBuilder(base);
    }

    public static JpqlFilter where(String base) {
        return new JpqlFilter(base);
    }

    public static JpqlFilter all() {
        return new JpqlFilter("1 = 1");
    }

    /** Adds {@code and <clause>}; the clause may name parameters set with {@link #param}. */
    public JpqlFilter and(String clause) {
        where.append(" and ").append(clause);
        return this;
    }

    public JpqlFilter and(String clause, String name, Object value) {
        return and(clause).param(name, value);
    }

    public JpqlFilter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String jpql() {
        return where.toString();
    }

    public long count(EntityManager em, String countQuery) {
        return query(em, countQuery + " where " + where, Long.class).getSingleResult();
    }

    /** {@code select … where <filter> <tail>}, with the parameters bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String tail, Class<T> type) {
        return query(em, select + " where " + where + " " + tail, type);
    }

    private <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }
}
