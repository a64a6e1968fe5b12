package news.akhbar.syndication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.akhbar.article.ArticleSummary;
import news.akhbar.article.ArticleSyndication;
import news.akhbar.author.AuthorRef;
import news.akhbar.author.AuthorService;
import news.akhbar.common.changes.ContentChanges;
import news.akhbar.common.changes.ContentKind;
import news.akhbar.taxonomy.CategoryRef;
import news.akhbar.taxonomy.CategoryService;
import news.akhbar.taxonomy.TagRef;
import news.akhbar.taxonomy.TagService;

/**
 * Reads the change feed: the numbered rows after the cursor, each resolved to what is public now (so replaying a
 * page twice, or an older page after a newer one, still ends in the current state).
 */
@ApplicationScoped
class ChangeFeedService {

    @Inject
    ContentChanges changes;

    @Inject
    ArticleSyndication articles;

    @Inject
    AuthorService authors;

    @Inject
    CategoryService categories;

    @Inject
    TagService tags;

    ChangeFeed read(long since, int limit) {
        articles.releaseDue();
        return resolve(since, limit);
    }

    @Transactional
    ChangeFeed resolve(long since, int limit) {
        List<ContentChanges.Change> page = changes.after(since, limit + 1);
        boolean more = page.size() > limit;
        if (more) {
            page = page.subList(0, limit);
        }
        Map<ContentKind, List<String>> slugs = new EnumMap<>(ContentKind.class);
        for (ContentChanges.Change change : page) {
            slugs.computeIfAbsent(change.kind(), kind -> new ArrayList<>()).add(change.slug());
        }
        Map<String, ArticleSummary> publicArticles =
                articles.publicSummaries(slugs.getOrDefault(ContentKind.ARTICLE, List.of()));
        Map<String, AuthorRef> publicAuthors = authors.refsBySlug(slugs.getOrDefault(ContentKind.AUTHOR, List.of()));
        Map<String, CategoryRef> publicCategories =
                categories.refsBySlug(slugs.getOrDefault(ContentKind.CATEGORY, List.of()));
        Map<String, TagRef> publicTags = tags.refsBySlug(slugs.getOrDefault(ContentKind.TAG, List.of()));
        List<ChangeFeed.Change> items = new ArrayList<>(page.size());
        for (ContentChanges.Change change : page) {
            ArticleSummary article = change.kind() == ContentKind.ARTICLE ? publicArticles.get(change.slug()) : null;
            AuthorRef author = change.kind() == ContentKind.AUTHOR ? publicAuthors.get(change.slug()) : null;
            CategoryRef category = change.kind() == ContentKind.CATEGORY ? publicCategories.get(change.slug()) : null;
            TagRef tag = change.kind() == ContentKind.TAG ? publicTags.get(change.slug()) : null;
            boolean present = article != null || author != null || category != null || tag != null;
            items.add(new ChangeFeed.Change(
                    change.kind().json,
                    change.slug(),
                    present ? "upsert" : "remove",
                    change.changedAt(),
                    article,
                    author,
                    category,
                    tag));
        }
        long next = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        return new ChangeFeed(items, Long.toString(next), more);
    }
}
