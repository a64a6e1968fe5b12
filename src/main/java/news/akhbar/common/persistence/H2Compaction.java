package news.akhbar.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Compacts the embedded H2 file on a clean stop (see {@link DatabaseConfig#compactOnShutdown()}). */
@ApplicationScoped
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    void compact(@Observes ShutdownEvent event) {
        if (!config.compactOnShutdown() || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // Closes the database: the pool's connections fail from here on, and the process is stopping anyway.
            statement.execute("SHUTDOWN COMPACT");
            LOG.infof("Compacted the database file in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            LOG.warnf("Could not compact the database file: %s", e.getMessage());
        }
    }
}
