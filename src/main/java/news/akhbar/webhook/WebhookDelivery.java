package news.akhbar.webhook;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery extends PanacheEntityBase {

    enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "webhook_id", nullable = false)
    long webhookId;

    /** Null for a ping. */
    @Column(name = "event_id")
    Long eventId;

    @Column(name = "event_type", nullable = false)
    String eventType;

    @Column(nullable = false)
    String payload;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    OffsetDateTime nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    OffsetDateTime giveUpAt;

    @Column(name = "locked_until")
    OffsetDateTime lockedUntil;

    @Column(name = "last_attempt_at")
    OffsetDateTime lastAttemptAt;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** The message id of Standard Webhooks: the same for every attempt of this delivery. */
    String messageId() {
        return "msg_" + id;
    }
}
