package news.akhbar.ops;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.h2.tools.Server;

/**
 * Puts the database behind a {@link TcpProxy}: on the H2 leg an H2 TCP server (the embedded file mode has no
 * network to cut), on the PostgreSQL leg the real server, in a schema of its own.
 */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    static TcpProxy proxy;
    private Server h2;

    static boolean onPostgresql() {
        return System.getProperty("quarkus.test.profile", "").contains("postgresql");
    }

    @Override
    public Map<String, String> start() {
        try {
            Map<String, String> config = new HashMap<>();
            String url;
            if (onPostgresql()) {
                proxy = new TcpProxy("127.0.0.1", 5432);
                int port = proxy.start();
                url = "jdbc:postgresql://127.0.0.1:" + port + "/test?currentSchema=akhbar_outage&connectTimeout=2"
                        + "&socketTimeout=10";
                config.put("quarkus.flyway.schemas", "akhbar_outage");
            } else {
                h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                proxy = new TcpProxy("127.0.0.1", h2.getPort());
                int port = proxy.start();
                url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:outage;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            }
            // Profiled keys win over plain ones, so every profile that sets the URL is overridden.
            for (String key : new String[] {
                "quarkus.datasource.jdbc.url",
                "%test.quarkus.datasource.jdbc.url",
                "%postgresql.quarkus.datasource.jdbc.url"
            }) {
                config.put(key, url);
            }
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot put the database behind a proxy", e);
        }
    }

    @Override
    public void stop() {
        try {
            proxy.cut();
        } catch (Exception ignored) {
            // already cut
        }
        if (h2 != null) {
            h2.stop();
        }
    }
}
