package news.akhbar.account;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.author.AuthorRef;
import news.akhbar.common.security.Role;

/** A staff account. Its email is never shown, only a hint to tell accounts apart. */
@Schema(name = "Account")
public record AccountResponse(
        @Schema(required = true, examples = "3") long id,
        @Schema(required = true, examples = "سلمى الحسن") String displayName,

        @Schema(
                required = true,
                description = "The login with most of its local part hidden.",
                examples = "s…@taifpost.example")
        String emailHint,

        @Schema(
                required = true,
                description =
                        "The role these credentials act with: for an API token (in `/me`), the " + "token's own role.")
        Role role,

        @Schema(required = true) boolean enabled,

        @Schema(description = "The author profile this account writes as.")
        AuthorRef author,

        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    static AccountResponse from(StaffAccount account, AuthorRef author) {
        return new AccountResponse(
                account.id,
                account.displayName,
                hint(account.email),
                account.role,
                account.enabled,
                author,
                account.createdAt,
                account.updatedAt);
    }

    AccountResponse withRole(Role effective) {
        return new AccountResponse(id, displayName, emailHint, effective, enabled, author, createdAt, updatedAt);
    }

    static String hint(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "…" : email.charAt(0) + "…" + email.substring(at);
    }
}
