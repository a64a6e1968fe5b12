package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static news.akhbar.support.TestAuth.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;

@QuarkusTest
class RelatedArticlesTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        data.category("سياسة", null);
        data.category("اقتصاد", null);
        data.tag("سوريا");
        data.tag("حميميم");
        data.tag("روسيا");
    }

    @Test
    void shouldListPinnedFirstInTheirOrderThenSharedTagsThenSameCategory() {
        data.article("مثبت ثان")
                .slug("pinned-2")
                .category("اقتصاد")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("مثبت أول")
                .slug("pinned-1")
                .category("اقتصاد")
                .publishedAt(TestData.daysAfterBase(2))
                .create();
        data.article("وسم مشترك")
                .slug("shares-tag")
                .category("اقتصاد")
                .tags("روسيا")
                .create();
        data.article("نفس القسم").slug("same-category").category("سياسة").create();
        data.article("لا علاقة").slug("unrelated").category("اقتصاد").create();
        data.article("المقال")
                .slug("subject")
                .category("سياسة")
                .tags("روسيا")
                .related("pinned-2", "pinned-1")
                .create();

        given().get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("pinned-2", "pinned-1", "shares-tag", "same-category"))
                .body("items.reason", contains("pinned", "pinned", "sharedTags", "sameCategory"))
                .body("items[2].sharedTags", contains("روسيا"))
                .body("items[0].sharedTags", nullValue())
                .body("items[3].sharedTags", nullValue());
    }

    @Test
    void shouldRankARareSharedTagAboveACommonOne() {
        // "سوريا" is on almost every article, "حميميم" on two: sharing the rare tag says more.
        for (int i = 0; i < 6; i++) {
            data.article("سوريا " + i)
                    .slug("common-" + i)
                    .tags("سوريا")
                    .publishedAt(TestData.daysAfterBase(10 + i))
                    .create();
        }
        data.article("حميميم")
                .slug("rare")
                .tags("حميميم")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("المقال")
                .slug("subject")
                .tags("سوريا", "حميميم")
                .publishedAt(TestData.daysAfterBase(0))
                .create();

        given().queryParam("limit", 3)
                .get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("rare", "common-5", "common-4"))
                .body("items[0].sharedTags", contains("حميميم"));
    }

    @Test
    void shouldRankMoreSharedTagsThenSameCategoryThenRecency() {
        data.article("وسمان")
                .slug("two-tags")
                .category("اقتصاد")
                .tags("سوريا", "روسيا")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("وسم وقسم قديم")
                .slug("tag-and-category-old")
                .category("سياسة")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(2))
                .create();
        data.article("وسم وقسم جديد")
                .slug("tag-and-category-new")
                .category("سياسة")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(3))
                .create();
        data.article("وسم فقط")
                .slug("tag-only")
                .category("اقتصاد")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(9))
                .create();
        data.article("المقال")
                .slug("subject")
                .category("سياسة")
                .tags("سوريا", "روسيا")
                .create();

        given().get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body(
                        "items.article.slug",
                        contains("two-tags", "tag-and-category-new", "tag-and-category-old", "tag-only"))
                .body("items[0].sharedTags", contains("روسيا", "سوريا"));
    }

    @Test
    void shouldNeverListItselfHiddenOrExcludedArticles() {
        data.article("مسودة")
                .slug("draft")
                .category("سياسة")
                .tags("سوريا")
                .status(ArticleStatus.DRAFT)
                .publishedAt(null)
                .create();
        data.article("مستقبلي")
                .slug("future")
                .category("سياسة")
                .tags("سوريا")
                .publishedAt(TestData.now().plusDays(2))
                .create();
        data.article("مؤرشف")
                .slug("archived")
                .category("سياسة")
                .tags("سوريا")
                .status(ArticleStatus.ARCHIVED)
                .create();
        data.article("مستثنى")
                .slug("excluded")
                .category("سياسة")
                .tags("سوريا")
                .excludeFromRelated()
                .create();
        data.article("مقبول").slug("visible").category("سياسة").tags("سوريا").create();
        data.article("المقال")
                .slug("subject")
                .category("سياسة")
                .tags("سوريا")
                .related("draft", "excluded", "future", "visible")
                .create();

        given().get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("visible"))
                .body("items[0].reason", equalTo("pinned"));
    }

    @Test
    void shouldFollowAnEditOfTheCandidatesCategoryAndExclusion() {
        data.article("مرشح")
                .slug("candidate")
                .category("اقتصاد")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(1))
                .create();
        data.article("أحدث")
                .slug("newer")
                .category("اقتصاد")
                .tags("سوريا")
                .publishedAt(TestData.daysAfterBase(2))
                .create();
        data.article("المقال").slug("subject").category("سياسة").tags("سوريا").create();
        long id = as("EDITOR")
                .get(AdminArticleResourceTest.ADMIN + "?q=مرشح")
                .jsonPath()
                .getLong("items[0].id");
        given().get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("newer", "candidate"));

        // Moved into the subject's section, it ranks first among equal shared tags.
        patch(id, Map.of("category", "سياسة"));
        given().get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("candidate", "newer"));

        patch(id, Map.of("excludeFromRelated", true));
        given().get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("newer"));
    }

    private static void patch(long id, Map<String, Object> changes) {
        String etag =
                as("EDITOR").get(AdminArticleResourceTest.ADMIN + "/" + id).header("ETag");
        as("EDITOR")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(changes)
                .patch(AdminArticleResourceTest.ADMIN + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldStillListRelatedArticlesOfAnExcludedArticle() {
        data.article("آخر").slug("other").category("سياسة").create();
        data.article("مستثنى")
                .slug("excluded")
                .category("سياسة")
                .excludeFromRelated()
                .create();

        given().get("/api/v1/articles/excluded/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", contains("other"));
        given().get("/api/v1/articles/other/related")
                .then()
                .statusCode(200)
                .body("items.article.slug", not(hasItem("excluded")));
    }

    @Test
    void shouldRespectTheLimitAndBeDeterministic() {
        for (int i = 0; i < 8; i++) {
            data.article("مقال " + i)
                    .slug("a" + i)
                    .category("سياسة")
                    .publishedAt(TestData.daysAfterBase(1))
                    .create();
        }
        data.article("المقال").slug("subject").category("سياسة").create();

        String first = given().queryParam("limit", 3)
                .get("/api/v1/articles/subject/related")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.article.slug", contains("a7", "a6", "a5"))
                .extract()
                .asString();
        String second = given().queryParam("limit", 3)
                .get("/api/v1/articles/subject/related")
                .then()
                .extract()
                .asString();
        Assertions.assertEquals(first, second);
        given().get("/api/v1/articles/subject/related").then().body("items", hasSize(6));
    }

    @Test
    void shouldAnswerEmptyListForAnArticleWithNothingRelated() {
        data.article("وحيد").slug("alone").create();

        given().get("/api/v1/articles/alone/related").then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldRejectALimitOutOfRange() {
        data.article("وحيد").slug("alone").create();

        given().queryParam("limit", 0)
                .get("/api/v1/articles/alone/related")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("limit"));
        given().queryParam("limit", 21)
                .get("/api/v1/articles/alone/related")
                .then()
                .statusCode(400)
                .body("errors[0].name", equalTo("limit"));
    }
}
