package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import news.akhbar.account.StaffAccount;
import news.akhbar.author.Author;
import news.akhbar.common.BaseEntity;
import news.akhbar.taxonomy.Category;
import news.akhbar.taxonomy.Tag;

@Entity
public class Article extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    public String subtitle;

    public String excerpt;

    /** Sanitized HTML: only what the allowlist lets through is ever stored. */
    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    /** Derived from {@link #bodyHtml} on every write. */
    @Column(name = "body_text", nullable = false)
    public String bodyText;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "reading_minutes", nullable = false)
    public int readingMinutes;

    @Column(nullable = false)
    public String lang;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Free text such as "طيف بوست – فريق التحرير", independent of the authors. */
    public String byline;

    /** In order: the first is the primary author. */
    @ManyToMany
    @JoinTable(
            name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_category_id")
    public Category primaryCategory;

    @ManyToMany
    @JoinTable(
            name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    @Embedded
    public FeaturedImage featuredImage;

    @ElementCollection
    @CollectionTable(name = "article_source", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    @Embedded
    public Seo seo;

    @Column(name = "comments_open", nullable = false)
    public boolean commentsOpen = true;

    /** Related articles chosen by an editor, in their order; shown before the computed ones. */
    @ManyToMany
    @JoinTable(
            name = "article_related",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    public List<Article> pinnedRelated = new ArrayList<>();

    /** Keeps this article out of every related-articles list (e.g. corrections, sponsored posts). */
    @Column(name = "exclude_from_related", nullable = false)
    public boolean excludeFromRelated;

    /** Visible comments; kept by the comment feature, always recomputed from the comments themselves. */
    @Column(name = "comment_count", nullable = false)
    public int commentCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public StaffAccount createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public StaffAccount updatedBy;

    public boolean isPublicAt(OffsetDateTime instant) {
        return effectiveStatus(instant) == ArticleStatus.PUBLISHED;
    }

    /** What the status means at this instant: a scheduled article whose time has come is published. */
    public ArticleStatus effectiveStatus(OffsetDateTime instant) {
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
            return publishedAt != null && !publishedAt.isAfter(instant)
                    ? ArticleStatus.PUBLISHED
                    : ArticleStatus.SCHEDULED;
        }
        return status;
    }
}
