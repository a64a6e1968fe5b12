package news.akhbar.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A related article and why it was chosen. */
@Schema(name = "RelatedArticle")
public record RelatedArticle(
        @Schema(required = true, description = """
                `pinned`: chosen by an editor; `sharedTags`: shares the tags in `sharedTags` (rarer tags weigh more); \
                `similarText`: its title and body use the same telling words; `sameCategory`: same category, newest \
                first.""") Reason reason,

        @Schema(description = "With `sharedTags`: the slugs of the tags both articles carry.", examples = "[\"سوريا\"]")
        List<String> sharedTags,

        @Schema(required = true) ArticleSummary article) {

    public enum Reason {
        pinned,
        sharedTags,
        similarText,
        sameCategory
    }
}
