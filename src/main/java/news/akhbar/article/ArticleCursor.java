package news.akhbar.article;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import news.akhbar.common.problem.ProblemException;

/**
 * Where a page read by cursor ends: the sort key and id of its last article (keyset paging). The next page starts
 * strictly after it, so articles published meanwhile at the top neither push an article onto the next page twice
 * nor skip one, and page 10,000 costs what page 1 costs. Opaque to clients: base64url of "sort|micros|id".
 */
record ArticleCursor(ArticleSort sort, OffsetDateTime at, long id) {

    static ArticleCursor after(Article article, ArticleSort sort) {
        OffsetDateTime at = sort == ArticleSort.RECENTLY_UPDATED ? article.updatedAt : article.publicFrom;
        return new ArticleCursor(sort, at, article.id);
    }

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at.toInstant());
        String plain = sort.parameter + "|" + micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, for the list's sort; a 400 when it is not one this API wrote for it. */
    static ArticleCursor decode(String value, ArticleSort sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.length != 3) {
            throw invalid();
        }
        if (!parts[0].equals(sort.parameter)) {
            throw ProblemException.invalidQueryParameter(
                    "cursor", "it was made for sort=" + parts[0] + "; send that sort, or start again without a cursor");
        }
        try {
            OffsetDateTime at = Instant.EPOCH
                    .plus(Long.parseLong(parts[1]), ChronoUnit.MICROS)
                    .atOffset(ZoneOffset.UTC);
            return new ArticleCursor(sort, at, Long.parseLong(parts[2]));
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw invalid();
        }
    }

    /** The keyset condition on the article's columns ({@code alias.publicFrom} or {@code alias.updatedAt}, id). */
    String jpql(String alias) {
        String column = alias + (sort == ArticleSort.RECENTLY_UPDATED ? ".updatedAt" : ".publicFrom");
        String op = sort == ArticleSort.OLDEST ? ">" : "<";
        return "(" + column + " " + op + " :cursorAt or (" + column + " = :cursorAt and " + alias + ".id " + op
                + " :cursorId))";
    }

    /** The same in SQL on (public_from, {@code idColumn}); never for the update order, which indexes do not keep. */
    String sql(String idColumn) {
        String op = sort == ArticleSort.OLDEST ? ">" : "<";
        return "(public_from " + op + " :cursorAt or (public_from = :cursorAt and " + idColumn + " " + op
                + " :cursorId))";
    }

    private static ProblemException invalid() {
        return ProblemException.invalidQueryParameter(
                "cursor", "not a cursor from this list: use page.nextCursor of the previous page as it is");
    }
}
