package news.akhbar.importer;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An import's report as it was returned, so that the newsroom can read back what a weekend's migration did. */
@Entity
@Table(name = "import_report")
class KeptReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String format;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    long createdBy;

    /** The report as JSON. */
    @Column(nullable = false)
    String report;
}
