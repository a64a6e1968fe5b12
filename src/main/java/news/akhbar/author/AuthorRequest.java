package news.akhbar.author;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An author profile as an editor sets it. */
public record AuthorRequest(
        @Size(max = 200) String slug,
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 5000) String bio,
        @Size(max = 2048) String avatarUrl,
        @Size(max = 500) String avatarAlt,
        @Size(max = 2048) String website,
        @Email @Size(max = 320) String email,
        @Size(max = 35) String lang,
        @Size(max = 20) Map<@NotBlank @Size(max = 50) String, @NotBlank @Size(max = 2048) String> socials) {}
