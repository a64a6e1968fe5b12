package news.akhbar.account;

import news.akhbar.common.security.Role;

/** An enabled staff account as authentication sees it: who, which role, which author profile. */
public record StaffMember(long id, String displayName, Role role, Long authorId) {

    static StaffMember from(StaffAccount account) {
        return new StaffMember(account.id, account.displayName, account.role, account.authorId);
    }
}
