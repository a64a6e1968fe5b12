package news.akhbar.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.security.Role;

/** What an admin, or the account itself, sends. */
final class AccountRequests {

    static final int MIN_PASSWORD = 12;

    private AccountRequests() {}

    @Schema(name = "AccountRequest")
    record Create(
            @Schema(required = true, format = "email") @NotBlank @Email @Size(max = 320)
            String email,

            @Schema(required = true) @NotBlank @Size(max = 200)
            String displayName,

            @Schema(required = true, description = "At least 12 characters, at most 72 bytes in UTF-8.")
            @NotNull
            @Size(min = MIN_PASSWORD, max = 72)
            String password,

            @Schema(required = true) @NotNull Role role,

            @Schema(description = "Slug of the author profile this account writes as.") @Size(max = 200)
            String author) {}

    @Schema(
            name = "AccountPatch",
            description = "JSON merge patch: only the fields sent change; `author: null` unlinks.")
    record Patch(
            @Size(max = 200) String displayName,
            Role role,
            Boolean enabled,
            @Size(max = 200) String author) {}

    @Schema(name = "PasswordReset")
    record PasswordReset(
            @Schema(required = true) @NotNull @Size(min = MIN_PASSWORD, max = 72)
            String newPassword) {}

    @Schema(name = "PasswordChange")
    record PasswordChange(
            @Schema(required = true) @NotNull @Size(max = 72)
            String currentPassword,

            @Schema(required = true) @NotNull @Size(min = MIN_PASSWORD, max = 72)
            String newPassword) {}
}
