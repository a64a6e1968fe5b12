package news.akhbar.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile HTML goes in through the admin API; nothing executable comes out, stored or public. */
@QuarkusTest
class XssSanitizerTest {

    private static final Set<String> ALLOWED = Set.of(
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "ul",
            "ol",
            "li",
            "figure",
            "figcaption",
            "cite",
            "strong",
            "em",
            "b",
            "i",
            "u",
            "s",
            "sub",
            "sup",
            "br",
            "hr",
            "code",
            "pre",
            "span",
            "a",
            "img",
            "body",
            "html",
            "head",
            "#root");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Pattern SAFE_URL =
            Pattern.compile("^(https?://|/|#|mailto:|[^:/?#]*([/?#]|$)).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<a href=\"javascript:alert(1)\">رابط</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">رابط</a>",
                "<a href=\"&#106;avascript:alert(1)\">رابط</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">رابط</a>",
                "<a href=\" javascript:alert(1)\">رابط</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">رابط</a>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<p style=\"background:url(javascript:alert(1))\">نص</p>",
                "<div onmouseover=\"alert(1)\">نص</div>",
                "<body onload=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "<form action=\"javascript:alert(1)\"><button>زر</button></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<script>script>alert(1)<</script>/script>",
                "<p><a href=\"vbscript:msgbox(1)\">رابط</a></p>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<style>@import 'javascript:alert(1)';</style>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">رابط</a>",
                "<img src=\"x\" alt=\"&quot; onerror=&quot;alert(1)\">",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<template><script>alert(1)</script></template>",
                "<p>نص</p><!--<script>alert(1)</script>-->",
                "<blockquote cite=\"javascript:alert(1)\">اقتباس</blockquote>",
                "<img src=\"https://ok.example/a.jpg\" width=\"100\\\" onerror=\\\"alert(1)\">",
                "<p><a href=\"/articles/x\" target=\"_blank\" rel=\"opener\">رابط داخلي</a></p>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void shouldStoreAndServeNothingExecutable(String payload) {
        var created = AdminArticleResourceTest.create(
                "EDITOR",
                Map.of(
                        "title",
                        "اختبار " + Math.abs(payload.hashCode()),
                        "body",
                        "<p>قبل</p>" + payload + "<p>بعد</p>",
                        "status",
                        "published"));
        created.then().statusCode(201);
        assertSafe(created.jsonPath().getString("body"), payload);

        JsonPath article = given().get(
                        "/api/v1/articles/{slug}", created.jsonPath().getString("slug"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertSafe(article.getString("body.html"), payload);
        List<Map<String, Object>> blocks = article.getList("body.blocks");
        for (Map<String, Object> block : blocks) {
            if (block.get("html") != null) {
                assertSafe((String) block.get("html"), payload);
            }
            if (block.get("image") instanceof Map<?, ?> image) {
                String url = (String) image.get("url");
                assertTrue(
                        url.startsWith("https://") || url.startsWith("http://") || !url.contains(":"),
                        "image url " + url + " from " + payload);
            }
        }
    }

    private static void assertSafe(String html, String payload) {
        for (Element element : Jsoup.parse(html).getAllElements()) {
            assertTrue(ALLOWED.contains(element.normalName()), "<" + element.normalName() + "> kept from " + payload);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), name + " kept from " + payload);
                assertFalse(
                        name.equals("style") || name.equals("srcdoc") || name.equals("target"),
                        name + " kept from " + payload);
                if (URL_ATTRIBUTES.contains(name)) {
                    String value = attribute.getValue().strip();
                    assertTrue(SAFE_URL.matcher(value).matches(), name + "=" + value + " kept from " + payload);
                }
                if (name.equals("rel")) {
                    assertFalse(
                            attribute.getValue().contains("opener")
                                    && !attribute.getValue().contains("noopener"),
                            "rel=opener kept from " + payload);
                }
            }
        }
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "script tag in " + html);
        assertFalse(lower.contains("javascript:") && lower.contains("href=\"javascript"), "javascript: URL in " + html);
    }
}
