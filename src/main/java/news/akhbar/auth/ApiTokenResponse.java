package news.akhbar.auth;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.security.Role;

@Schema(name = "ApiToken")
record ApiTokenResponse(
        @Schema(required = true, examples = "4") long id,
        @Schema(required = true, examples = "تطبيق الهاتف") String name,
        @Schema(required = true) Role role,

        @Schema(required = true, description = "The first characters of the secret.", examples = "akh_Xb3k9Q")
        String prefix,

        @Schema(description = "Only in the answer that creates the token: keep it, it is never shown again.")
        String secret,

        @Schema(required = true) OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,

        @Schema(description = "Set once the token is revoked; it no longer works.")
        OffsetDateTime revokedAt) {

    static ApiTokenResponse from(ApiToken token, String secret) {
        return new ApiTokenResponse(
                token.id,
                token.name,
                token.role,
                token.tokenPrefix,
                secret,
                token.createdAt,
                token.lastUsedAt,
                token.revokedAt);
    }
}
