package news.akhbar.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The search index is a copy of the database: the packaged application rebuilds it on start when it is corrupt or
 * missing, and answers searches again (the demo content: "موسكو" is in the seed article).
 */
@DisabledIfSystemProperty(named = "akhbar.build.db", matches = "postgresql")
class SearchIndexRecoveryIT {

    private static final String WORD = "موسكو";

    @Test
    void shouldRebuildACorruptOrMissingIndexOnStart() throws Exception {
        Path data = Files.createTempDirectory("akhbar-search-recovery");
        PackagedApp app = new PackagedApp(data).start();
        int found = awaitHits(app);
        app.stop();

        Path generation = data.resolve("search")
                .resolve(Files.readString(data.resolve("search/current"), StandardCharsets.UTF_8)
                        .strip());
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.write(file, "not a Lucene commit".getBytes(StandardCharsets.UTF_8));
            }
        }
        PackagedApp corrupt = new PackagedApp(data).start();
        assertTrue(awaitHits(corrupt) == found, "the rebuilt index finds what the first one found");
        assertTrue(corrupt.log().contains("The search index cannot be opened"), corrupt.log());
        corrupt.stop();
        assertFalse(Files.exists(generation), "the corrupt generation is deleted once replaced");

        deleteTree(data.resolve("search"));
        PackagedApp missing = new PackagedApp(data).start();
        try {
            assertTrue(awaitHits(missing) == found, "an index built from scratch finds the same");
        } finally {
            missing.stop();
        }
    }

    /** Searches until the index answers (503 while a first build runs); returns the number of hits. */
    private static int awaitHits(PackagedApp app) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var response = given().port(app.port()).queryParam("q", WORD).get("/api/v1/search");
            if (response.statusCode() == 200) {
                List<String> slugs = response.jsonPath().getList("items.article.slug");
                if (!slugs.isEmpty()) {
                    return slugs.size();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Search found nothing within 60 s");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
