package news.akhbar.common.changes;

/** What the public change feed names, each by its slug. */
public enum ContentKind {
    ARTICLE("article"),
    AUTHOR("author"),
    CATEGORY("category"),
    TAG("tag");

    public final String json;

    ContentKind(String json) {
        this.json = json;
    }

    static ContentKind fromJson(String json) {
        for (ContentKind kind : values()) {
            if (kind.json.equals(json)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(json);
    }
}
