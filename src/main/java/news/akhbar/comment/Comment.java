package news.akhbar.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import news.akhbar.common.persistence.BaseEntity;

@Entity
class Comment extends BaseEntity {

    /** Its id in the WordPress site it was imported from; none for what was written here. */
    @Column(name = "wp_id")
    public Long wpId;

    /** The article's id: articles are the article feature's. */
    @Column(name = "article_id", nullable = false)
    long articleId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    Comment parent;

    /** The top-level comment of the thread; null for a top-level comment. */
    @Column(name = "root_id")
    Long rootId;

    @Column(nullable = false)
    int depth;

    /** Plain text, as the reader typed it (trimmed). */
    @Column(nullable = false)
    String body;

    @Column(name = "body_hash", nullable = false)
    String bodyHash;

    @Column(name = "author_name", nullable = false)
    String authorName;

    /** Private: never in a public response. */
    @Column(name = "author_email")
    String authorEmail;

    @Column(name = "author_url")
    String authorUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CommentStatus status;

    /** Approved, and so is every comment above it. */
    @Column(nullable = false)
    boolean visible;

    /** The staff account that wrote it, for a staff reply. */
    @Column(name = "staff_account_id")
    Long staffAccountId;

    /** The id it has in the system it was imported from; private. */
    @Column(name = "external_id")
    String externalId;

    /** Salted hash of the client address; private. */
    @Column(name = "client_hash")
    String clientHash;

    long threadId() {
        return rootId == null ? id : rootId;
    }
}
