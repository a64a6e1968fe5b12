package news.akhbar.common.security;

/** The four staff roles. */
public enum Role {
    /** Everything, including staff accounts and API tokens. */
    ADMIN,
    /** Edits and publishes every article; manages authors, categories and tags. */
    EDITOR,
    /** Writes articles and edits their own; cannot publish. */
    AUTHOR,
    /** No article rights; moderates comments. */
    MODERATOR;

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Name {
        public static final String ADMIN = "ADMIN";
        public static final String EDITOR = "EDITOR";
        public static final String AUTHOR = "AUTHOR";
        public static final String MODERATOR = "MODERATOR";

        private Name() {}
    }
}
