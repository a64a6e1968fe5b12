package news.akhbar.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is making a management request: a staff account, possibly through one of its API tokens. */
public record Actor(long accountId, Role role, Long authorId) {

    public static final String ACCOUNT_ID = "akhbar.accountId";
    public static final String AUTHOR_ID = "akhbar.authorId";

    public static Actor of(SecurityIdentity identity) {
        Long accountId = identity.getAttribute(ACCOUNT_ID);
        if (identity.isAnonymous() || accountId == null) {
            throw new UnauthorizedException();
        }
        Role role = identity.getRoles().stream().findFirst().map(Role::valueOf).orElseThrow(UnauthorizedException::new);
        return new Actor(accountId, role, identity.getAttribute(AUTHOR_ID));
    }

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }
}
