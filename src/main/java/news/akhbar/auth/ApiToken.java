package news.akhbar.auth;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import news.akhbar.common.security.Role;

/** A long-lived token for an integration. Only a SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_token")
class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @Column(name = "token_hash", nullable = false, unique = true)
    String tokenHash;

    /** The first characters of the secret, to recognise a token in a list. */
    @Column(name = "token_prefix", nullable = false)
    String tokenPrefix;

    /** The token acts on behalf of this account, and stops working when it is disabled. */
    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;

    @Version
    long version;
}
