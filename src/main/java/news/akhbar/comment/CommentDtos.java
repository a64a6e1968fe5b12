package news.akhbar.comment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.account.AccountRef;
import news.akhbar.common.text.TextDirection;

/** What readers send and see, and what moderators see. */
final class CommentDtos {

    private CommentDtos() {}

    @Schema(name = "CommentRequest", description = """
            The comment form: comment, name and email required (the email is never published), website optional \
            (`authorUrl`, also taken as `website` or `url`, the names a form ported from WordPress sends). `fax` is \
            a trap for bots: forms must leave it empty and hide it from people.""")
    record CommentRequest(
            @Schema(
                    required = true,
                    description = "Plain text; HTML is shown as typed, never interpreted.",
                    examples = "شكراً على هذا التقرير المفصل.",
                    maxLength = 5000)
            @NotBlank
            @Size(max = 20_000)
            String body,

            @Schema(required = true, examples = "أبو محمد", maxLength = 100) @NotBlank @Size(max = 100)
            String authorName,

            @Schema(
                    required = true,
                    format = "email",
                    description = "Never published.",
                    examples = "reader@example.com")
            @NotBlank
            @Email
            @Size(max = 320)
            String authorEmail,

            @Schema(
                    description = "The reader's website, http or https; also taken as `website` or `url`.",
                    examples = "https://example.com")
            @JsonAlias({"website", "url"})
            @Size(max = 2048)
            String authorUrl,

            @Schema(description = "A reply to this approved comment of the same article.")
            Long parentId,

            @Schema(description = "A hidden field for bots: leave it empty.", maxLength = 0) @Size(max = 2048)
            String fax) {}

    @Schema(name = "Comment", description = "An approved comment, with its approved replies in order.")
    record CommentResponse(
            @Schema(required = true, examples = "17") long id,
            @Schema(examples = "12") Long parentId,
            @Schema(required = true, examples = "أبو محمد") String authorName,
            String authorUrl,

            @Schema(required = true, description = "Plain text.")
            String body,

            @Schema(
                    required = true,
                    description = "The body as safe HTML: text escaped, paragraphs and line breaks kept.")
            String bodyHtml,

            @Schema(required = true) OffsetDateTime createdAt,

            @Schema(required = true, description = "Written by a staff member of the site.")
            boolean staff,

            @Schema(required = true, description = "Language of the article.", examples = "ar")
            String lang,

            @Schema(
                    required = true,
                    enumeration = {"rtl", "ltr"})
            String dir,

            @Schema(required = true) List<CommentResponse> replies) {

        static CommentResponse from(Comment comment, String lang) {
            return new CommentResponse(
                    comment.id,
                    comment.parent == null ? null : comment.parent.id,
                    comment.authorName,
                    comment.authorUrl,
                    comment.body,
                    PlainText.toHtml(comment.body),
                    comment.createdAt,
                    comment.staffAccountId != null,
                    lang,
                    TextDirection.of(lang),
                    new ArrayList<>());
        }
    }

    @Schema(name = "CommentAccepted", description = "The comment is stored and waits for a moderator.")
    record CommentAccepted(
            @Schema(required = true, examples = "18") long id,

            @Schema(required = true, enumeration = "pending")
            String status) {}

    @Schema(name = "AdminComment", description = "A comment with its private fields, for moderators.")
    record AdminCommentResponse(
            @Schema(required = true) long id,

            @Schema(required = true, description = "Slug of the article.")
            String article,

            @Schema(required = true) long articleId,
            Long parentId,
            @Schema(required = true) int depth,
            @Schema(required = true) CommentStatus status,

            @Schema(required = true, description = "Shown publicly: approved, and so is every comment above it.")
            boolean visible,

            @Schema(required = true) String authorName,
            @Schema(description = "Private.") String authorEmail,
            String authorUrl,
            @Schema(required = true) String body,

            @Schema(description = "Salted hash of the client address (the address itself is never stored).")
            String clientHash,

            @Schema(description = "The staff member who wrote it.")
            AccountRef staff,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {

        static AdminCommentResponse from(Comment c, String articleSlug, AccountRef staff) {
            return new AdminCommentResponse(
                    c.id,
                    articleSlug,
                    c.articleId,
                    c.parent == null ? null : c.parent.id,
                    c.depth,
                    c.status,
                    c.visible,
                    c.authorName,
                    c.authorEmail,
                    c.authorUrl,
                    c.body,
                    c.clientHash,
                    staff,
                    c.createdAt,
                    c.updatedAt);
        }
    }

    @Schema(
            name = "CommentPatch",
            description = "JSON merge patch: a new status (approve, spam, trash, restore) or body.")
    record CommentPatch(
            CommentStatus status,
            @Size(max = 20_000) @NotBlank String body) {}

    @Schema(name = "CommentBulkStatus")
    record BulkStatus(
            @Schema(required = true) @NotEmpty @Size(max = 500)
            List<@NotNull Long> ids,

            @Schema(required = true) @NotNull CommentStatus status) {}

    @Schema(name = "CommentBulkResult")
    record BulkResult(
            @Schema(required = true, description = "How many comments changed.")
            int updated) {}

    @Schema(name = "StaffReply")
    record StaffReply(
            @Schema(required = true) @NotBlank @Size(max = 20_000)
            String body) {}
}
