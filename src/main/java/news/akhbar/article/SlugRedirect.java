package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An old slug of a published article, answered with a permanent redirect to its current slug. */
@Entity
@Table(name = "article_slug_redirect")
class SlugRedirect extends PanacheEntityBase {

    @Id
    @Column(nullable = false)
    String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    Article article;
}
