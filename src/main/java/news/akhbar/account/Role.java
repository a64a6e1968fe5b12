package news.akhbar.account;

/** The four staff roles; see {@link news.akhbar.common.Roles} for what each may do. */
public enum Role {
    ADMIN,
    EDITOR,
    AUTHOR,
    MODERATOR
}
