package news.akhbar.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import news.akhbar.common.persistence.BaseEntity;

@Entity
class Tag extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String lang;
}
