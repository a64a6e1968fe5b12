package news.akhbar.support;

import static news.akhbar.support.TestAuth.as;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The project's own WordPress export (src/test/resources/wordpress/export.xml): 3 authors, 6 categories, 5 tags,
 * 31 posts (26 published), 6 comments, and what an import skips.
 */
public final class WordPressExport {

    public static final String IMPORT = "/api/v1/admin/import/wordpress";

    private WordPressExport() {}

    public static String xml() {
        try (InputStream in = WordPressExport.class.getResourceAsStream("/wordpress/export.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the export as an ADMIN would, and insists that it worked. */
    public static void imported() {
        as("ADMIN")
                .contentType("application/xml; charset=UTF-8")
                .body(xml().getBytes(StandardCharsets.UTF_8))
                .post(IMPORT)
                .then()
                .statusCode(200);
    }
}
