package news.akhbar.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

/** Counts the SQL statements the application prepares (Hibernate statistics are on in the test profile). */
@ApplicationScoped
public class Statements {

    @Inject
    SessionFactory sessionFactory;

    public long during(Runnable action) {
        sessionFactory.getStatistics().clear();
        action.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
