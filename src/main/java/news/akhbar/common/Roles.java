package news.akhbar.common;

/** Staff roles, as used in {@code @RolesAllowed}. */
public final class Roles {

    /** Everything, including staff accounts and API tokens. */
    public static final String ADMIN = "ADMIN";
    /** Edits and publishes every article; manages authors, categories and tags. */
    public static final String EDITOR = "EDITOR";
    /** Writes articles and edits their own; cannot publish. */
    public static final String AUTHOR = "AUTHOR";
    /** No article rights; moderates comments. */
    public static final String MODERATOR = "MODERATOR";

    private Roles() {}
}
