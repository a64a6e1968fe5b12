package news.akhbar.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Only {@code published} articles whose publication time has come are public. */
public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static ArticleStatus fromJson(String value) {
        return valueOf(value.toUpperCase());
    }

    /** Published or scheduled: public from its publication time on. */
    boolean isPublishing() {
        return this == PUBLISHED || this == SCHEDULED;
    }
}
