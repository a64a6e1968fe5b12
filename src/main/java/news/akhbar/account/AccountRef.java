package news.akhbar.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as named in an audit field. */
@Schema(name = "AccountRef")
public record AccountRef(
        @Schema(required = true, examples = "3") long id,
        @Schema(required = true, examples = "سلمى الحسن") String displayName) {

    static AccountRef from(StaffAccount account) {
        return account == null ? null : new AccountRef(account.id, account.displayName);
    }
}
