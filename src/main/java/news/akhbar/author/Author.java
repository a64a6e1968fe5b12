package news.akhbar.author;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;

import news.akhbar.common.persistence.BaseEntity;

@Entity
class Author extends BaseEntity {

    /** Its id in the WordPress site it was imported from; none for what was written here. */
    @Column(name = "wp_id")
    public Long wpId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String bio;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @Column(name = "avatar_alt")
    public String avatarAlt;

    /** The media library's reference ({@code MediaRef}) when the avatar is one of its images. */
    @Column(name = "avatar_media")
    public String avatarMedia;

    public String website;

    /** Private: never in a public response. */
    public String email;

    @Column(nullable = false)
    public String lang;

    @ElementCollection
    @CollectionTable(name = "author_social", joinColumns = @JoinColumn(name = "author_id"))
    @MapKeyColumn(name = "network")
    @Column(name = "url", nullable = false)
    @OrderBy("network")
    public Map<String, String> socials = new TreeMap<>();
}
