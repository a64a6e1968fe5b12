package news.akhbar.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import news.akhbar.common.persistence.BaseEntity;

@Entity
class Category extends BaseEntity {

    /** Its id in the WordPress site it was imported from; none for what was written here. */
    @Column(name = "wp_id")
    public Long wpId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Category parent;

    @Column(nullable = false)
    public String lang;
}
