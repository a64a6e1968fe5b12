package news.akhbar.article;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.author.AuthorProfile;
import news.akhbar.author.SocialLink;
import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.content.Image;

/** The author box of an article page, in one call. */
@Schema(name = "Author")
record AuthorBox(
        @Schema(required = true, examples = "rami-fakhori") String slug,
        @Schema(required = true, examples = "rami fakhori") String displayName,

        @Schema(
                examples =
                        "كاتب صحفي متخصص في كتابة التقارير والأخبار بمختلف أنواعها، حاصل على شهادة دبلوم في الصحافة والإعلام من الأكاديمية السورية الدولية")
        String bio,

        Image avatar,

        @Schema(examples = "https://taifpost.example/author/rami-fakhori")
        String website,

        @Schema(required = true, description = "Social profiles, by network name.")
        List<SocialLink> socials,

        @Schema(required = true, description = "Published articles.", examples = "12")
        long articleCount,

        @Schema(required = true, description = "The 5 newest published articles.")
        List<ArticleSummary> latestArticles,

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
        keys.add(CacheKeys.ARTICLES);
        latestArticles.forEach(article -> article.addCacheKeys(keys));
    }

    static AuthorBox from(AuthorProfile author, long articleCount, List<ArticleSummary> latest) {
        return new AuthorBox(
                author.slug(),
                author.displayName(),
                author.bio(),
                author.avatar(),
                author.website(),
                author.socials(),
                articleCount,
                latest,
                author.lang(),
                author.dir());
    }
}
