package news.akhbar.comment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Only approved comments are public. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    SPAM,
    TRASH;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static CommentStatus fromJson(String value) {
        return valueOf(value.toUpperCase());
    }
}
