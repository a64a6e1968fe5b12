package news.akhbar.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import news.akhbar.common.persistence.BaseEntity;

@Entity
class Tag extends BaseEntity {

    /** Its id in the WordPress site it was imported from; none for what was written here. */
    @Column(name = "wp_id")
    public Long wpId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String lang;
}
