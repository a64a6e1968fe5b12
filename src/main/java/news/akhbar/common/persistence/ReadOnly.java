package news.akhbar.common.persistence;

import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Public reads change nothing: their session loads entities read-only (no snapshots) and never flushes, so Hibernate
 * does not dirty-check everything it loaded before each of the read's queries.
 */
public final class ReadOnly {

    private ReadOnly() {}

    /** Call first in a transaction that only reads. */
    public static void session(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
