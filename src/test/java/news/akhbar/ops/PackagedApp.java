package news.akhbar.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application (target/quarkus-app) as a separate process, the way it runs in production. */
final class PackagedApp {

    static final String ADMIN_EMAIL = "admin@it.example";
    static final String ADMIN_PASSWORD = "an-admin-password-for-it";

    private final Path dataDir;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;
    private int port;
    private int managementPort;
    private Path log;

    PackagedApp(Path dataDir) {
        this.dataDir = dataDir;
    }

    PackagedApp env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    int port() {
        return port;
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Starts it and waits until it is ready. */
    PackagedApp start() throws Exception {
        launch();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start:\n" + log());
            }
            if (managementStatus("/q/health/ready") == 200) {
                return this;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application did not become ready:\n" + log());
    }

    /** Starts it and returns its exit code, for a start that must fail. */
    int startExpectingFailure() throws Exception {
        launch();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not stop:\n" + log());
        }
        return process.exitValue();
    }

    private void launch() throws IOException {
        try (ServerSocket socket = new ServerSocket(0);
                ServerSocket management = new ServerSocket(0)) {
            port = socket.getLocalPort();
            managementPort = management.getLocalPort();
        }
        log = Files.createTempFile("akhbar-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AKHBAR_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("AKHBAR_ADMIN_EMAIL", ADMIN_EMAIL);
        builder.environment().put("AKHBAR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    int status(String path) {
        return status(port, path);
    }

    /** Health and metrics, on the management interface. */
    int managementStatus(String path) {
        return status(managementPort, path);
    }

    private static int status(int port, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException notYet) {
            return 0;
        }
    }

    /**
     * A PostgreSQL schema of one test's own, dropped first, under the CI database: instances started on the returned
     * URL migrate and share it.
     */
    static String emptyPostgresSchema(String schema) throws SQLException {
        String base = System.getenv()
                .getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test")
                .replaceAll("\\?.*$", "");
        try (Connection connection = DriverManager.getConnection(
                        base,
                        System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                        System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        return base + "?currentSchema=" + schema;
    }
}
