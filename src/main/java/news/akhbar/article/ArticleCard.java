package news.akhbar.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;

/** Just enough of another article to render a link card to it. */
@Schema(name = "ArticleCard")
public record ArticleCard(
        @Schema(
                required = true,
                examples = "الرئيس-السوري-أحمد-الشرع-يتحدث-عن-شكل-النظام-القادم-في-سوريا-وموعد-الانتخابات-الرئاسية")
        String slug,

        @Schema(
                required = true,
                examples = "الرئيس السوري “أحمد الشرع” يتحدث عن شكل النظام القادم في سوريا وموعد الانتخابات الرئاسية")
        String title,

        @Schema(required = true, examples = "ar") String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir,

        Image featuredImage) {

    static ArticleCard from(Article article) {
        return new ArticleCard(
                article.slug,
                article.title,
                article.lang,
                TextDirection.of(article.lang),
                ArticleRefs.image(article.featuredImage));
    }
}
