package news.akhbar.taxonomy;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.Keyed;
import news.akhbar.common.text.TextDirection;

@Schema(name = "Tag")
public record TagResponse(
        @Schema(required = true, examples = "سوريا") String slug,
        @Schema(required = true, examples = "سوريا") String name,

        @Schema(required = true, description = "Published articles with this tag.", examples = "9")
        long articleCount,

        @Schema(required = true, examples = "ar") String lang,

        @Schema(
                required = true,
                enumeration = {"rtl", "ltr"})
        String dir)
        implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        keys.add(CacheKeys.tag(slug));
        keys.add(CacheKeys.TAGS);
        keys.add(CacheKeys.ARTICLES);
    }

    static TagResponse from(Tag tag, long articleCount) {
        return new TagResponse(tag.slug, tag.name, articleCount, tag.lang, TextDirection.of(tag.lang));
    }
}
