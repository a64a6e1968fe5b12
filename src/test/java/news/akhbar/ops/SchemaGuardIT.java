package news.akhbar.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** A database migrated by a newer release: this one refuses to start and touches nothing. */
@DisabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class SchemaGuardIT {

    @Test
    void shouldRefuseToStartOnASchemaNewerThanTheCode() throws Exception {
        Path data = Files.createTempDirectory("akhbar-schema");
        PackagedApp first =
                new PackagedApp(data).env("AKHBAR_DEMO_ENABLED", "false").start();
        first.stop();

        String url = "jdbc:h2:file:" + data.resolve("akhbar") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "akhbar", "");
                Statement sql = db.createStatement()) {
            sql.execute("create table from_the_future (id integer)");
            sql.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) values (99, '99', 'from a newer release', "
                    + "'SQL', 'V99__from_a_newer_release.sql', 1, 'akhbar', 1, true)");
        }
        List<String> before = state(url);

        PackagedApp newer = new PackagedApp(data).env("AKHBAR_DEMO_ENABLED", "false");
        int exit = newer.startExpectingFailure();

        assertNotEquals(0, exit);
        assertEquals(before, state(url), "nothing was changed");
        String log = newer.log();
        assertTrue(log.contains("Refusing to start; nothing was changed"), log);
        assertTrue(log.contains("not resolved locally: 99"), log);
    }

    private static List<String> state(String url) throws Exception {
        List<String> state = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "akhbar", "");
                Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery(
                    "select version, description, checksum from flyway_schema_history " + "order by installed_rank")) {
                while (rows.next()) {
                    state.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            try (ResultSet tables = sql.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' order by table_name")) {
                while (tables.next()) {
                    state.add("table " + tables.getString(1));
                }
            }
        }
        return state;
    }
}
