package news.akhbar.common.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Compacts the embedded H2 file on a clean stop (see {@link DatabaseConfig#compactOnShutdown()}). */
@ApplicationScoped
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    @Inject
    DatabaseConfig config;

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    // After every other stop observer (they run at the default priority): the pollers must have stopped, or they
    // write to a database that SHUTDOWN COMPACT has closed, and H2 logs each failure to akhbar.trace.db.
    void compact(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ShutdownEvent event) {
        if (!config.compactOnShutdown() || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        long start = System.nanoTime();
        // A connection of its own, not the pool's: the pool would reset it on its return, on a closed database.
        try (Connection connection = DriverManager.getConnection(url, username, password.orElse(""));
                Statement statement = connection.createStatement()) {
            // The pool's connections go first: its validation would otherwise try them on the closed database
            // while a large file compacts. This connection keeps the database open meanwhile.
            pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
            // Closes the database: the pool's connections fail from here on, and the process is stopping anyway.
            statement.execute("SHUTDOWN COMPACT");
            LOG.infof("Compacted the database file in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            LOG.warnf("Could not compact the database file: %s", e.getMessage());
        }
    }
}
