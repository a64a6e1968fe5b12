package news.akhbar.comment;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment from another system, as one line of a bulk import.
 *
 * @param externalId its id in the system it comes from
 * @param article the {@code externalId} of its imported article
 * @param parent the {@code externalId} of the comment it replies to, imported before it
 * @param authorEmail private, as a reader's
 * @param status approved when absent
 * @param createdAt when it was written; the time of the import when absent
 */
public record CommentImport(
        @NotBlank @Size(max = 200) String externalId,
        @NotBlank @Size(max = 200) String article,
        @Size(max = 200) String parent,
        @NotBlank @Size(max = 20_000) String body,
        @NotBlank @Size(max = 100) String authorName,
        @Email @Size(max = 320) String authorEmail,
        @Size(max = 2048) String authorUrl,
        CommentStatus status,
        OffsetDateTime createdAt) {}
