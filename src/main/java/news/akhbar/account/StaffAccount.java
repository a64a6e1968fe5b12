package news.akhbar.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.akhbar.author.Author;
import news.akhbar.common.BaseEntity;

@Entity
@Table(name = "staff_account")
public class StaffAccount extends BaseEntity {

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
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Author author;

    @Column(nullable = false)
    public boolean enabled = true;
}
