package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;

/** Everything an editor sets on an article; what is derived (dir, text, word count) is not here. */
public record ArticleRequest(
        @Size(max = 200) String slug,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 500) String subtitle,
        @Size(max = 2000) String excerpt,

        @NotNull
        @Size(max = 500_000)
        @Schema(
                description = "HTML. It passes the allowlist before it is stored, and must keep some text or a "
                        + "picture once it has (a body of scripts only is a 400), with elements nested at "
                        + "most 32 deep.",
                examples = "<p>أعلنت وزارة الكهرباء عن خطة لإعادة تأهيل محطات التوليد.</p>")
        String body,

        @Schema(pattern = TextDirection.TAG_PATTERN, examples = "ar") @Size(max = 35)
        String lang,

        ArticleStatus status,
        OffsetDateTime publishedAt,
        @Size(max = 300) String byline,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> authors,
        @Size(max = 200) String category,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> tags,
        @Valid Image featuredImage,
        @Size(max = 50) List<ArticleResponse.@Valid SourceRef> sources,
        @Valid ArticleResponse.Seo seo,
        Boolean commentsOpen,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> related,
        Boolean excludeFromRelated,
        @Valid ArticleResponse.Social social) {}
