package news.akhbar.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import news.akhbar.common.persistence.BaseEntity;
import news.akhbar.common.security.Role;

@Entity
@Table(name = "staff_account")
class StaffAccount extends BaseEntity {

    /** The login; never in a response. */
    @Column(nullable = false, unique = true)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** bcrypt; never in a response. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** The author profile this account writes as, if any. */
    @Column(name = "author_id")
    public Long authorId;

    @Column(nullable = false)
    public boolean enabled = true;
}
