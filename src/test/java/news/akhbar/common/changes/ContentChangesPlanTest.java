package news.akhbar.common.changes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every article write asks the feed which of its slugs it holds, and forgets their old rows: both must read the index
 * entries of those slugs only, not every row of the feed. Run on a feed of 2,000 rows inside a transaction that is
 * rolled back, so no other test sees them. H2 is where the old key (kind, slug) read the whole feed; PostgreSQL used
 * it fine, so there the test only guards against a sequential scan.
 */
@QuarkusTest
class ContentChangesPlanTest {

    private static final int ROWS = 2_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldLookSlugsUpInTheIndexWhenAskingWhichAreKnown() throws SQLException {
        assertReadsOnlyTheSlugs(ContentChanges.KNOWN);
    }

    @Test
    void shouldLookSlugsUpInTheIndexWhenForgettingTheirRows() throws SQLException {
        assertReadsOnlyTheSlugs(ContentChanges.FORGET);
    }

    private void assertReadsOnlyTheSlugs(String query) throws SQLException {
        String sql = query.replace(":slugs", "'plan-test-5', 'plan-test-7'").replace(":kind", "'article'");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into content_change (seq, kind, slug, changed_at)"
                        + " select 900000000 + n, 'article', 'plan-test-' || n, current_timestamp"
                        + " from (" + numbers(connection) + ") numbers");
                if (isH2(connection)) {
                    String plan = firstColumn(statement, "explain analyze " + sql);
                    Matcher scanned = SCAN_COUNT.matcher(plan);
                    assertTrue(scanned.find(), plan);
                    // Two index entries and the look past the last one; a scan of the feed reads all 2,000 rows.
                    assertTrue(Integer.parseInt(scanned.group(1)) <= 3, plan);
                } else {
                    statement.execute("analyze content_change");
                    String plan = firstColumn(statement, "explain " + sql);
                    assertFalse(plan.contains("Seq Scan"), plan);
                    assertTrue(plan.contains("uq_content_change"), plan);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static String numbers(Connection connection) throws SQLException {
        return isH2(connection)
                ? "select \"X\" as n from system_range(1, " + ROWS + ")"
                : "select generate_series(1, " + ROWS + ") as n";
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private static String firstColumn(Statement statement, String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        return text.toString();
    }
}
