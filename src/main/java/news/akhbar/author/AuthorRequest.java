package news.akhbar.author;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.akhbar.common.text.TextDirection;

/** An author profile as an editor sets it. */
public record AuthorRequest(
        @Size(max = 200) String slug,
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 5000) String bio,
        @Size(max = 2048) String avatarUrl,
        @Size(max = 500) String avatarAlt,
        @Size(max = 2048) String website,
        @Schema(format = "email") @Email @Size(max = 320) String email,

        @Schema(pattern = TextDirection.TAG_PATTERN, examples = "ar") @Size(max = 35)
        String lang,

        @Size(max = 20) Map<@NotBlank @Size(max = 50) String, @NotBlank @Size(max = 2048) String> socials) {}
