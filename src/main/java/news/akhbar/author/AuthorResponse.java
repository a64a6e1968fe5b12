package news.akhbar.author;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.article.ArticleSummary;
import news.akhbar.common.Image;
import news.akhbar.common.TextDirection;

/** The author box of an article page, in one call. */
@Schema(name = "Author")
public record AuthorResponse(
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
        String dir) {

    @Schema(name = "SocialLink")
    public record SocialLink(
            @Schema(required = true, examples = "x") String network,

            @Schema(required = true, examples = "https://x.com/taifpost")
            String url) {}

    static AuthorResponse from(Author author, long articleCount, List<ArticleSummary> latest) {
        return new AuthorResponse(
                author.slug,
                author.displayName,
                author.bio,
                Image.of(author.avatarUrl, author.avatarAlt),
                author.website,
                author.socials.entrySet().stream()
                        .map(e -> new SocialLink(e.getKey(), e.getValue()))
                        .sorted(java.util.Comparator.comparing(SocialLink::network))
                        .toList(),
                articleCount,
                latest,
                author.lang,
                TextDirection.of(author.lang));
    }
}
