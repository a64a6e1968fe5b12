package news.akhbar.wordpress;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.problem.Problem.InvalidParam;

/**
 * What WordPress's REST API (wp/v2, "view" context) answers, field for field as its clients read them; snake_case as
 * WordPress writes it. Akhbar adds {@code lang} and {@code dir}, which WordPress clients ignore.
 */
final class WpShapes {

    private WpShapes() {}

    @Schema(name = "WordPressRendered")
    record Rendered(@Schema(required = true) String rendered) {}

    @Schema(name = "WordPressContent")
    record Content(
            @Schema(required = true) String rendered,

            @JsonProperty("protected") @Schema(required = true)
            boolean isProtected) {}

    @Schema(name = "WordPressLink")
    record Link(
            @Schema(required = true) String href,
            Boolean embeddable,
            String taxonomy,
            @JsonProperty("post_type") String postType) {

        static Link to(String href) {
            return new Link(href, null, null, null);
        }

        static Link embeddable(String href) {
            return new Link(href, true, null, null);
        }
    }

    @Schema(name = "WordPressPost", description = "A published post as `GET /wp-json/wp/v2/posts` shows it.")
    @JsonPropertyOrder({"id", "date", "date_gmt"})
    record Post(
            @Schema(examples = "12345") Long id,

            @Schema(
                    description = "Publication time in the site's time zone (UTC here), without offset, as WordPress "
                            + "writes it.",
                    examples = "2024-12-08T09:30:00")
            String date,

            @JsonProperty("date_gmt") String dateGmt,
            Rendered guid,
            String modified,
            @JsonProperty("modified_gmt") String modifiedGmt,
            @Schema(examples = "تفاصيل-جديدة-تكشف-لأول-مرة") String slug,
            @Schema(enumeration = "publish") String status,
            @Schema(enumeration = "post") String type,
            String link,
            Rendered title,
            Content content,
            Content excerpt,

            @Schema(description = "The primary author's user id.")
            Long author,

            @JsonProperty("featured_media")
            @Schema(description = "0 without a featured image; else the id of `/media/{id}` (the post's own).")
            Long featuredMedia,

            @JsonProperty("comment_status") @Schema(enumeration = {"open", "closed"})
            String commentStatus,

            @JsonProperty("ping_status") @Schema(enumeration = "closed")
            String pingStatus,

            Boolean sticky,
            String template,
            @Schema(enumeration = "standard") String format,
            Map<String, Object> meta,
            List<Long> categories,
            List<Long> tags,
            @Schema(examples = "ar") String lang,
            @Schema(enumeration = {"rtl", "ltr"}) String dir,
            @JsonProperty("_links") Map<String, List<Link>> links,

            @JsonProperty("_embedded")
            @Schema(
                    description = "With `_embed`: `author` (users), `wp:term` (the categories, then the tags) "
                            + "and `wp:featuredmedia`.")
            Map<String, Object> embedded) {}

    @Schema(name = "WordPressTerm", description = "A category or a tag.")
    record Term(
            @Schema(examples = "7") Long id,

            @Schema(description = "Published posts in this term itself.")
            Long count,

            String description,
            String link,
            @Schema(examples = "أخر الأخبار") String name,
            @Schema(examples = "أخر-الأخبار") String slug,
            @Schema(enumeration = {"category", "post_tag"}) String taxonomy,

            @Schema(description = "Categories only: the parent's id, 0 at the top.")
            Long parent,

            Map<String, Object> meta,
            @Schema(examples = "ar") String lang,
            @Schema(enumeration = {"rtl", "ltr"}) String dir,
            @JsonProperty("_links") Map<String, List<Link>> links) {}

    @Schema(name = "WordPressUser", description = "A public author; never an email or a login name.")
    record User(
            @Schema(examples = "3") Long id,
            @Schema(examples = "رامي فاخوري") String name,
            String url,
            String description,
            String link,
            @Schema(examples = "rami-fakhori") String slug,
            @JsonProperty("avatar_urls") Map<String, String> avatarUrls,
            Map<String, Object> meta,
            @Schema(examples = "ar") String lang,
            @Schema(enumeration = {"rtl", "ltr"}) String dir,
            @JsonProperty("_links") Map<String, List<Link>> links) {}

    @Schema(name = "WordPressComment", description = "A comment; never the commenter's email.")
    record Comment(
            @Schema(examples = "88") Long id,
            Long post,

            @Schema(description = "0 for a top-level comment.")
            Long parent,

            @Schema(description = "Always 0: readers have no accounts.")
            Long author,

            @JsonProperty("author_name") @Schema(examples = "أبو محمد")
            String authorName,

            @JsonProperty("author_url") String authorUrl,
            String date,
            @JsonProperty("date_gmt") String dateGmt,
            Rendered content,
            String link,

            @Schema(
                    description = "`approved`; `hold` only in the answer to the post that created it.",
                    enumeration = {"approved", "hold"})
            String status,

            @Schema(enumeration = "comment") String type,
            @JsonProperty("author_avatar_urls") Map<String, String> authorAvatarUrls,
            Map<String, Object> meta,
            @JsonProperty("_links") Map<String, List<Link>> links) {}

    @Schema(name = "WordPressMedia", description = "A post's featured image as an attachment.")
    record Media(
            Long id,
            String date,
            @JsonProperty("date_gmt") String dateGmt,
            String slug,
            @Schema(enumeration = "attachment") String type,
            String link,
            Rendered title,
            Long author,
            Rendered caption,
            @JsonProperty("alt_text") String altText,

            @JsonProperty("media_type") @Schema(enumeration = "image")
            String mediaType,

            @JsonProperty("mime_type") String mimeType,
            @JsonProperty("media_details") MediaDetails mediaDetails,
            Long post,
            @JsonProperty("source_url") String sourceUrl,
            @JsonProperty("_links") Map<String, List<Link>> links) {}

    @Schema(name = "WordPressMediaDetails")
    record MediaDetails(
            Integer width,
            Integer height,

            @Schema(
                    description =
                            "For a media library image: medium, medium_large, large and full, from its renditions.")
            Map<String, Size> sizes) {}

    @Schema(name = "WordPressMediaSize")
    record Size(
            String file,
            Integer width,
            Integer height,
            @JsonProperty("mime_type") String mimeType,
            @JsonProperty("source_url") String sourceUrl) {}

    @Schema(name = "WordPressCommentRequest", description = "An anonymous comment, as WordPress takes it.")
    record CommentRequest(
            @Schema(required = true, description = "The post's id.")
            Long post,

            Long parent,
            @JsonProperty("author_name") String authorName,

            @JsonProperty("author_email") @Schema(description = "Never published.")
            String authorEmail,

            @JsonProperty("author_url") String authorUrl,

            @Schema(description = "Plain text, or `{\"raw\": …}` as some clients send it.")
            Object content) {}

    @Schema(
            name = "WordPressProblem",
            description = "A problem document (RFC 9457) that also carries WordPress's error members, so that "
                    + "WordPress clients find `code`, `message` and `data.status` where they look for them.")
    record Problem(
            @Schema(required = true) URI type,
            @Schema(required = true) String title,
            @Schema(required = true) int status,
            String detail,

            @Schema(required = true, examples = "rest_comment_closed")
            String code,

            @Schema(required = true) String message,
            @Schema(required = true) ErrorData data,

            @Schema(description = "Each refused parameter, as in every problem of this API.")
            List<InvalidParam> errors) {}

    @Schema(name = "WordPressErrorData")
    record ErrorData(@Schema(required = true) int status, Map<String, String> params) {}
}
