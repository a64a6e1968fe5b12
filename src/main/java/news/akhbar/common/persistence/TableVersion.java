package news.akhbar.common.persistence;

import jakarta.persistence.EntityManager;

/**
 * A fingerprint of a table of {@link BaseEntity} rows that changes whenever a row is created, changed or deleted: how
 * many there are, the sum of their versions and the last update. One aggregate statement, for a reader that keeps a
 * copy of a small table and reads it again only when this changes.
 */
public final class TableVersion {

    private TableVersion() {}

    /** {@code entity}: the JPQL entity name, e.g. {@code Tag}. */
    public static String of(EntityManager em, String entity) {
        Object[] row = em.createQuery(
                        "select count(e), coalesce(sum(e.version), 0), max(e.updatedAt) from " + entity + " e",
                        Object[].class)
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }
}
