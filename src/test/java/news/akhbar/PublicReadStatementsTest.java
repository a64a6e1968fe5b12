package news.akhbar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.common.cache.CacheKeys;
import news.akhbar.common.cache.ResponseCache;
import news.akhbar.support.Comments;
import news.akhbar.support.Statements;
import news.akhbar.support.TestData;

/**
 * Every public read takes a fixed number of SQL statements, whatever the number of articles, authors, tags and
 * comments: measured once on a small site and again after it has grown, the counts must be the same (no N+1).
 */
@QuarkusTest
class PublicReadStatementsTest {

    static final Map<String, String> READS = new LinkedHashMap<>();

    static {
        READS.put("article list", "/api/v1/articles?size=50");
        READS.put("list by tag", "/api/v1/articles?size=50&tag=سوريا");
        READS.put("list by category", "/api/v1/articles?size=50&category=أخبار");
        READS.put("list by author", "/api/v1/articles?size=50&author=author-0");
        READS.put("list with two filters", "/api/v1/articles?size=50&tag=سوريا&author=author-0");
        READS.put("article", "/api/v1/articles/article-0");
        READS.put("related", "/api/v1/articles/article-0/related?limit=20");
        READS.put("author box", "/api/v1/authors/author-0");
        READS.put("author's articles", "/api/v1/authors/author-0/articles?size=50");
        READS.put("authors", "/api/v1/authors");
        READS.put("categories", "/api/v1/categories");
        READS.put("category", "/api/v1/categories/أخبار");
        READS.put("tags", "/api/v1/tags");
        READS.put("tag", "/api/v1/tags/سوريا");
        READS.put("comments", "/api/v1/articles/article-0/comments");
        READS.put("search", "/api/v1/search?q=مقال&size=50");
        READS.put("search with a filter", "/api/v1/search?q=مقال&size=50&tag=سوريا&author=author-0");
        READS.put("site feed", "/api/v1/feeds/rss");
        READS.put("category feed", "/api/v1/feeds/categories/أخبار/atom");
        READS.put("tag feed", "/api/v1/feeds/tags/سوريا/rss");
        READS.put("author feed", "/api/v1/feeds/authors/author-0/atom");
        READS.put("sitemap index", "/api/v1/sitemaps/index.xml");
        READS.put("article sitemap", "/api/v1/sitemaps/articles-1.xml");
        READS.put("news sitemap", "/api/v1/sitemaps/news.xml");
        READS.put("change feed", "/api/v1/changes?limit=50");
        READS.put("wp posts", "/wp-json/wp/v2/posts?per_page=50");
        READS.put("wp posts embedded", "/wp-json/wp/v2/posts?per_page=50&_embed=1");
        READS.put("wp posts by tag and author", "/wp-json/wp/v2/posts?per_page=50&tags=1,2&author=1");
        READS.put("wp post by slug", "/wp-json/wp/v2/posts?slug=article-0&_embed=1");
        READS.put("wp comments", "/wp-json/wp/v2/comments?per_page=50");
        READS.put("wp categories", "/wp-json/wp/v2/categories");
        READS.put("wp tags", "/wp-json/wp/v2/tags");
        READS.put("wp users", "/wp-json/wp/v2/users");
    }

    @Inject
    TestData data;

    @Inject
    Statements statements;

    @Inject
    ResponseCache cache;

    private int articles;
    private int comments;

    @BeforeEach
    void reset() {
        data.reset();
        articles = 0;
        comments = 0;
        data.category("أخبار", null);
        data.category("محلية", "أخبار");
        data.tag("سوريا");
        data.tag("اقتصاد");
        for (int i = 0; i < 4; i++) {
            data.author("author-" + i, "كاتب " + i);
        }
    }

    @Test
    void shouldReadEveryPublicResourceInAFixedNumberOfStatements() {
        grow(6, 4);
        Map<String, Long> small = countAll();

        grow(60, 40);
        Map<String, Long> large = countAll();

        // Related articles fall back on the same category only while shared tags do not fill the list.
        assertTrue(large.remove("related") <= small.remove("related"), "related articles, with 66 articles");
        assertEquals(small, large, "statements per read, with 6 and then 66 articles");
        // Search names its facets from memory, read every akhbar.search.poll; tests poll by hand, so here the names of
        // this test's tags, authors and categories are unknown to it and cost one statement per facet dimension.
        // A feed or sitemap first reads the change-feed number (and whether a scheduled article is due): two
        // statements, all a cached rendering costs; a category feed names its category, then reads the subtree. The
        // change feed resolves each kind it lists (articles with their authors and tags; the others by slug).
        Map<String, Integer> bounds = Map.of(
                "search", 11,
                "search with a filter", 11,
                "category feed", 13,
                "tag feed", 12,
                "author feed", 12,
                "change feed", 12);
        large.forEach((read, count) ->
                assertTrue(count <= bounds.getOrDefault(read, 10), read + " takes " + count + " statements"));
    }

    /** More articles (with authors, tags, a category, related pins) and approved comments with replies. */
    private void grow(int newArticles, int newComments) {
        for (int i = 0; i < newArticles; i++) {
            int n = articles++;
            data.article("مقال " + n)
                    .slug("article-" + n)
                    .authors("author-" + (n % 4), "author-" + ((n + 1) % 4))
                    .category(n % 2 == 0 ? "أخبار" : "محلية")
                    .tags(n % 3 == 0 ? new String[] {"سوريا"} : new String[] {"سوريا", "اقتصاد"})
                    .publishedAt(TestData.daysAfterBase(n))
                    .create();
        }
        Long parent = null;
        for (int i = 0; i < newComments; i++) {
            int n = comments++;
            long id = Comments.approved("article-0", "تعليق رقم " + n, "reader" + n + "@example.com");
            if (parent != null && n % 2 == 1) {
                Comments.approvedReply("article-0", parent, "رد رقم " + n, "replier" + n + "@example.com");
            }
            parent = id;
        }
    }

    private Map<String, Long> countAll() {
        Map<String, Long> counts = new LinkedHashMap<>();
        // What a read costs when rendered: a read whose answer no write changed would come from the response cache.
        READS.forEach((read, path) -> {
            cache.evict(Set.of(CacheKeys.ALL));
            counts.put(read, statements.during(() -> given().get(path).then().statusCode(200)));
        });
        return counts;
    }
}
