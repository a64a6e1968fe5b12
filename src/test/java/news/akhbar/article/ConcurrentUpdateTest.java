package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import news.akhbar.support.TestAuth;
import news.akhbar.support.TestData;

@QuarkusTest
class ConcurrentUpdateTest {

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @RepeatedTest(5)
    void shouldLetExactlyOneOfTwoUpdatesWithTheSameEtagWin() throws Exception {
        Response created = AdminArticleResourceTest.create("EDITOR", Map.of("title", "مقال مشترك", "body", "<p>x</p>"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        String bearer = TestAuth.bearer("EDITOR");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (String subtitle : List.of("نسخة المحرر الأول", "نسخة المحرر الثاني")) {
            results.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", bearer)
                        .header("If-Match", etag)
                        .contentType("application/merge-patch+json")
                        .body(Map.of("subtitle", subtitle))
                        .patch(AdminArticleResourceTest.ADMIN + "/" + id);
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();

        List<Integer> statuses =
                responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
        Response winner = responses.stream()
                .filter(r -> r.statusCode() == 200)
                .findFirst()
                .orElseThrow();
        given().header("Authorization", bearer)
                .get(AdminArticleResourceTest.ADMIN + "/" + id)
                .then()
                .body("subtitle", equalTo(winner.jsonPath().getString("subtitle")))
                .header("ETag", winner.header("ETag"));
    }
}
