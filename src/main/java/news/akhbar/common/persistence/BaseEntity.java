package news.akhbar.common.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import news.akhbar.common.time.Times;

/** Identity, audit times (UTC, to the microsecond the database keeps) and an optimistic-lock version. */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    void beforeInsert() {
        createdAt = createdAt == null ? now() : createdAt;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    // Entity callbacks get no injection in Quarkus, so they look the application's Clock bean up.
    private static OffsetDateTime now() {
        return Times.now(Arc.container().instance(Clock.class).get());
    }
}
