package news.akhbar.comment;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first answer to a comment POST with an Idempotency-Key, replayed for its retries. */
@Entity
@Table(name = "comment_idempotency")
class IdempotencyRecord {

    @EmbeddedId
    Key key;

    /** SHA-256 of the request, so that the key reused for another comment is told apart from a retry. */
    @Column(name = "request_hash", nullable = false)
    String requestHash;

    @Column(name = "approved", nullable = false)
    boolean approved;

    /** The body of the first answer: the comment as shown, or its acceptance while it waits. */
    @Column(name = "response_body", nullable = false)
    String responseBody;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "article_id", nullable = false)
        long articleId;

        @Column(name = "idempotency_key", nullable = false)
        String value;

        Key() {}

        Key(long articleId, String value) {
            this.articleId = articleId;
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.articleId == articleId && key.value.equals(value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, value);
        }
    }
}
