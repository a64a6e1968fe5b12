package news.akhbar.article;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.Keyed;

@Schema(name = "RelatedArticles")
public record RelatedList(@Schema(required = true) List<RelatedArticle> items) implements Keyed {

    @Override
    public void addCacheKeys(Set<String> keys) {
        keys.add(CacheKeys.ARTICLES);
        items.forEach(item -> item.article().addCacheKeys(keys));
    }
}
