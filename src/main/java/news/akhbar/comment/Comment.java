package news.akhbar.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import news.akhbar.account.StaffAccount;
import news.akhbar.article.Article;
import news.akhbar.common.BaseEntity;

@Entity
class Comment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    Article article;

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_account_id")
    StaffAccount staffAccount;

    /** Salted hash of the client address; private. */
    @Column(name = "client_hash")
    String clientHash;

    long threadId() {
        return rootId == null ? id : rootId;
    }
}
