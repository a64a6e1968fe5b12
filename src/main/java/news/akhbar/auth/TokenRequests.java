package news.akhbar.auth;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.security.Role;

final class TokenRequests {

    private TokenRequests() {}

    @Schema(name = "LoginRequest")
    record Login(
            @Schema(required = true, examples = "editor@taifpost.example") @NotBlank @Size(max = 320)
            String email,

            @Schema(required = true) @NotNull @Size(max = 200)
            String password) {}

    @Schema(name = "AccessToken", description = "A signed JWT (RS256) to send as `Authorization: Bearer …`.")
    record AccessToken(
            @Schema(required = true) String accessToken,
            @Schema(required = true, enumeration = "Bearer") String tokenType,

            @Schema(required = true, description = "Seconds until it expires.", examples = "3600")
            long expiresIn,

            @Schema(required = true) OffsetDateTime expiresAt,
            @Schema(required = true) Role role) {}

    @Schema(name = "ApiTokenRequest")
    record CreateApiToken(
            @Schema(required = true, examples = "تطبيق الهاتف") @NotBlank @Size(max = 100)
            String name,

            @Schema(required = true) @NotNull Role role) {}
}
