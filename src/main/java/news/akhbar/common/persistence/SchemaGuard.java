package news.akhbar.common.persistence;

import jakarta.inject.Singleton;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Says plainly why the start stops when the database was migrated by a newer release: Flyway's validation fails
 * before it changes anything (see quarkus.flyway.ignore-migration-patterns), and this explains what to do.
 */
@Singleton
public class SchemaGuard implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(SchemaGuard.class);

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_VALIDATE_ERROR;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                LOG.error("The database schema does not match this release of Akhbar: it has migrations this "
                        + "release does not know (a newer release migrated it) or lacks ones it expects. Refusing to "
                        + "start; nothing was changed. Run the release that migrated it, or restore a backup.");
            }

            @Override
            public String getCallbackName() {
                return "akhbar-schema-guard";
            }
        });
    }
}
