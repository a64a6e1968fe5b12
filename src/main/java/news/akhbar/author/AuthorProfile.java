package news.akhbar.author;

import java.util.Comparator;
import java.util.List;

import news.akhbar.common.content.Image;
import news.akhbar.common.content.PublicNumbers;
import news.akhbar.common.text.TextDirection;

/**
 * An author's public profile, for features that show it next to their own content (the author box); {@code number}
 * for numeric-id APIs ({@link PublicNumbers}).
 */
public record AuthorProfile(
        long id,
        String slug,
        String displayName,
        String bio,
        Image avatar,
        String website,
        List<SocialLink> socials,
        String lang,
        String dir,
        long number) {

    static AuthorProfile from(Author author) {
        return new AuthorProfile(
                author.id,
                author.slug,
                author.displayName,
                author.bio,
                Image.of(author.avatarUrl, author.avatarAlt, author.avatarMedia),
                author.website,
                author.socials.entrySet().stream()
                        .map(e -> new SocialLink(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing(SocialLink::network))
                        .toList(),
                author.lang,
                TextDirection.of(author.lang),
                PublicNumbers.of(author.wpId, author.id));
    }
}
