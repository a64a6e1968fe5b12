package news.akhbar.support;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

import news.akhbar.common.cache.ScheduledChanges;

/** Counts the SQL statements the application prepares (Hibernate statistics are on in the test profile). */
@ApplicationScoped
public class Statements {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ScheduledChanges schedule;

    @Inject
    Clock clock;

    /**
     * The statements of {@code action}, not counting the one look for the next scheduled publication that the first
     * cached response after a write makes (it is made here first).
     */
    public long during(Runnable action) {
        schedule.nextAfter(clock.instant());
        sessionFactory.getStatistics().clear();
        action.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
