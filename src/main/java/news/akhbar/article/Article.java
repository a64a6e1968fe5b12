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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;

import news.akhbar.common.persistence.BaseEntity;
import news.akhbar.common.security.Actor;

@Entity
class Article extends BaseEntity {

    /** Its id in the WordPress site it was imported from; none for what was written here. */
    @Column(name = "wp_id")
    public Long wpId;

    @Column(nullable = false, unique = true)
    String slug;

    /** Its id in the system it was imported from; importing it again updates it. */
    @Column(name = "external_id", unique = true)
    String externalId;

    @Column(nullable = false)
    String title;

    String subtitle;

    String excerpt;

    /** Sanitized HTML: only what the allowlist lets through is ever stored. */
    @Column(name = "body_html", nullable = false)
    String bodyHtml;

    /** Derived from {@link #bodyHtml} on every write. */
    @Column(name = "body_text", nullable = false)
    String bodyText;

    @Column(name = "word_count", nullable = false)
    int wordCount;

    @Column(name = "reading_minutes", nullable = false)
    int readingMinutes;

    @Column(nullable = false)
    String lang;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ArticleStatus status;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    /** {@link #publishedAt} while published or scheduled, else null: "public now" is {@code publicFrom <= now}. */
    @Column(name = "public_from")
    OffsetDateTime publicFrom;

    /** Free text such as "طيف بوست – فريق التحرير", independent of the authors. */
    String byline;

    // Authors, category, tags and staff belong to other features: the article holds their ids, never their entities.

    /** In order: the first is the primary author. */
    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "author_id", nullable = false)
    List<Long> authorIds = new ArrayList<>();

    @Column(name = "primary_category_id")
    Long categoryId;

    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag_id", nullable = false)
    Set<Long> tagIds = new LinkedHashSet<>();

    @Embedded
    FeaturedImage featuredImage;

    @ElementCollection
    @CollectionTable(name = "article_source", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    List<Source> sources = new ArrayList<>();

    @Embedded
    Seo seo;

    @Embedded
    SocialFields social;

    @Column(name = "comments_open", nullable = false)
    boolean commentsOpen = true;

    /** Related articles chosen by an editor, in their order; shown before the computed ones. */
    @ManyToMany
    @JoinTable(
            name = "article_related",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    List<Article> pinnedRelated = new ArrayList<>();

    /** Keeps this article out of every related-articles list (e.g. corrections, sponsored posts). */
    @Column(name = "exclude_from_related", nullable = false)
    boolean excludeFromRelated;

    /** Visible comments; kept by the comment feature, always recomputed from the comments themselves. */
    @Column(name = "comment_count", nullable = false)
    int commentCount;

    @Column(name = "created_by")
    Long createdBy;

    @Column(name = "updated_by")
    Long updatedBy;

    /** Status and publication time change together, and with them the instant the article is public from. */
    void setPublication(ArticleStatus status, OffsetDateTime publishedAt) {
        this.status = status;
        this.publishedAt = publishedAt;
        this.publicFrom = status.isPublishing() ? publishedAt : null;
    }

    boolean isPublicAt(OffsetDateTime instant) {
        return effectiveStatus(instant) == ArticleStatus.PUBLISHED;
    }

    /** What the status means at this instant: a scheduled article whose time has come is published. */
    ArticleStatus effectiveStatus(OffsetDateTime instant) {
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
            return publishedAt != null && !publishedAt.isAfter(instant)
                    ? ArticleStatus.PUBLISHED
                    : ArticleStatus.SCHEDULED;
        }
        return status;
    }

    /** Created by the actor's account, or naming the actor's author profile. */
    boolean isOwnedBy(Actor actor) {
        boolean wrote = createdBy != null && createdBy == actor.accountId();
        return wrote || actor.authorId() != null && authorIds.contains(actor.authorId());
    }
}
