package news.akhbar.common;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is making a management request: a staff account, possibly through one of its API tokens. */
public record Actor(long accountId, String role, Long authorId) {

    public static final String ACCOUNT_ID = "akhbar.accountId";
    public static final String AUTHOR_ID = "akhbar.authorId";

    public static Actor of(SecurityIdentity identity) {
        Long accountId = identity.getAttribute(ACCOUNT_ID);
        if (identity.isAnonymous() || accountId == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        String role = identity.getRoles().stream().findFirst().orElse("");
        return new Actor(accountId, role, identity.getAttribute(AUTHOR_ID));
    }

    public boolean is(String... roles) {
        for (String candidate : roles) {
            if (candidate.equals(role)) {
                return true;
            }
        }
        return false;
    }
}
