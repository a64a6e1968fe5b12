package news.akhbar.author;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;

@Schema(name = "AuthorSummary")
public record AuthorSummary(
        @Schema(required = true, examples = "rami-fakhori") String slug,
        @Schema(required = true, examples = "rami fakhori") String displayName,

        @Schema(examples = "كاتب صحفي متخصص في كتابة التقارير والأخبار بمختلف أنواعها")
        String bio,

        Image avatar,

        @Schema(required = true, description = "Published articles.", examples = "12")
        long articleCount,

        @Schema(required = true, description = "Language of the bio.", examples = "ar")
        String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir)
        implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        keys.add(CacheKeys.author(slug));
        keys.add(CacheKeys.AUTHORS);
        keys.add(CacheKeys.ARTICLES);
    }

    static AuthorSummary from(Author author, long articleCount) {
        return new AuthorSummary(
                author.slug,
                author.displayName,
                author.bio,
                Image.of(author.avatarUrl, author.avatarAlt, author.avatarMedia),
                articleCount,
                author.lang,
                TextDirection.of(author.lang));
    }
}
