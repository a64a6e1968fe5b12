package news.akhbar.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import news.akhbar.author.AuthorRef;
import news.akhbar.author.AuthorService;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.Preconditions;
import news.akhbar.common.http.Versioned;
import news.akhbar.common.persistence.ByIds;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StaffAccountRepository accounts;

    @Inject
    AuthorService authors;

    @Inject
    AdminConfig admin;

    @Inject
    PasswordConfig passwords;

    // Compared against when the email is unknown, so that both failures take the same time.
    private volatile String dummyHash;

    /** The first start has no account: create the admin, never with a built-in password. */
    void bootstrap(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.count() > 0) {
                return;
            }
            String email = normalizeEmail(admin.email());
            String password = admin.password().filter(p -> !p.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) {
                byte[] bytes = new byte[18];
                RANDOM.nextBytes(bytes);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            StaffAccount admin = new StaffAccount();
            admin.email = email;
            admin.displayName = "Administrator";
            admin.passwordHash = hash(password);
            admin.role = Role.ADMIN;
            accounts.persist(admin);
            if (generated) {
                LOG.warnf(
                        "Created the first admin account %s with the generated password %s (shown only now; "
                                + "change it, or set akhbar.admin.password before the first start)",
                        email, password);
            } else {
                LOG.infof("Created the first admin account %s", email);
            }
        });
    }

    /** The account for these credentials; empty for an unknown email, a wrong password or a disabled account. */
    @Transactional
    public Optional<StaffMember> authenticate(String email, String password) {
        Optional<StaffAccount> account = accounts.findByEmail(normalizeEmail(email));
        boolean verified = verify(password, account.map(a -> a.passwordHash).orElseGet(this::dummyHash));
        return account.filter(a -> verified && a.enabled).map(StaffMember::from);
    }

    /** The account behind a token, if it may still act: disabled accounts lose access at once. */
    @Transactional
    public Optional<StaffMember> findEnabled(long id) {
        return accounts.findByIdOptional(id).filter(a -> a.enabled).map(StaffMember::from);
    }

    /** How other features name staff in audit fields: by id, one statement for all of them. */
    @Transactional
    public Map<Long, AccountRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ByIds.find(accounts.getEntityManager(), StaffAccount.class, ids).stream()
                .collect(Collectors.toMap(a -> a.id, AccountRef::from));
    }

    @Transactional
    Paged<AccountResponse> list(PageRequest page) {
        long total = accounts.count();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<StaffAccount> onPage =
                accounts.find("order by id").range(page.first(), page.last()).list();
        Map<Long, AuthorRef> authorRefs = authors.refs(
                onPage.stream().map(a -> a.authorId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<AccountResponse> items = onPage.stream()
                .map(a -> AccountResponse.from(a, a.authorId == null ? null : authorRefs.get(a.authorId)))
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AccountResponse> get(long id) {
        StaffAccount account = require(id);
        return new Versioned<>(response(account), account.version);
    }

    @Transactional
    Versioned<AccountResponse> create(AccountRequests.Create request) {
        String email = normalizeEmail(request.email());
        if (accounts.findByEmail(email).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "An account with this email already exists.");
        }
        checkPasswordLength("password", request.password());
        StaffAccount account = new StaffAccount();
        account.email = email;
        account.displayName = request.displayName().strip();
        account.passwordHash = hash(request.password());
        account.role = request.role();
        account.authorId = author(request.author());
        accounts.persist(account);
        accounts.flush();
        return new Versioned<>(response(account), account.version);
    }

    @Transactional
    Versioned<AccountResponse> update(long id, String ifMatch, AccountRequests.Patch patch, Actor actor) {
        StaffAccount account = require(id);
        Preconditions.requireMatch(ifMatch, account.version);
        boolean losesAdmin = account.role == Role.ADMIN
                && account.enabled
                && (patch.role() != Role.ADMIN || Boolean.FALSE.equals(patch.enabled()));
        if (losesAdmin && accounts.countEnabledAdmins() <= 1) {
            throw new ProblemException(ProblemType.CONFLICT, "This is the last enabled admin account.");
        }
        account.displayName = patch.displayName() == null
                ? account.displayName
                : patch.displayName().strip();
        account.role = patch.role() == null ? account.role : patch.role();
        account.enabled = patch.enabled() == null ? account.enabled : patch.enabled();
        account.authorId = author(patch.author());
        accounts.flush();
        return new Versioned<>(response(account), account.version);
    }

    /** The current values of an account as a patch, for merge patching. */
    @Transactional
    AccountRequests.Patch currentAsPatch(long id) {
        StaffAccount account = require(id);
        return new AccountRequests.Patch(
                account.displayName,
                account.role,
                account.enabled,
                account.authorId == null ? null : authorRef(account.authorId).slug());
    }

    @Transactional
    void resetPassword(long id, String ifMatch, String newPassword) {
        StaffAccount account = require(id);
        Preconditions.requireMatch(ifMatch, account.version);
        checkPasswordLength("newPassword", newPassword);
        account.passwordHash = hash(newPassword);
        accounts.flush();
    }

    @Transactional
    void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        StaffAccount account = require(actor.accountId());
        if (!verify(currentPassword, account.passwordHash)) {
            throw ProblemException.invalidField("currentPassword", "is not the current password");
        }
        checkPasswordLength("newPassword", newPassword);
        account.passwordHash = hash(newPassword);
    }

    @Transactional
    AccountResponse me(Actor actor) {
        AccountResponse account = response(require(actor.accountId()));
        // Through an API token, the rights are the token's, not its owner's: say which ones apply.
        return account.withRole(actor.role());
    }

    private Long author(String slug) {
        if (slug == null) {
            return null;
        }
        return authors.findId(slug)
                .orElseThrow(() -> ProblemException.invalidField("author", "no author with slug '" + slug + "'"));
    }

    private AccountResponse response(StaffAccount account) {
        return AccountResponse.from(account, account.authorId == null ? null : authorRef(account.authorId));
    }

    private AuthorRef authorRef(long authorId) {
        return authors.refs(List.of(authorId)).get(authorId);
    }

    private StaffAccount require(long id) {
        return accounts.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No account has the id " + id + "."));
    }

    private static void checkPasswordLength(String field, String password) {
        // bcrypt reads 72 bytes at most; a longer password would be silently cut.
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ProblemException.invalidField(field, "must be at most 72 bytes in UTF-8");
        }
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private String hash(String password) {
        return BCrypt.withDefaults().hashToString(passwords.bcryptCost(), password.toCharArray());
    }

    /**
     * Every password is checked the same way and as slowly: one longer than bcrypt reads (72 bytes) matches no stored
     * hash, since none is accepted when set, but it still costs a full check so that its answer comes no sooner.
     */
    private static boolean verify(String password, String hash) {
        boolean readable = password != null && password.getBytes(StandardCharsets.UTF_8).length <= 72;
        boolean verified = BCrypt.verifyer().verify((readable ? password : "unreadable").toCharArray(), hash).verified;
        return readable && verified;
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hash("not a real password, only for constant time");
        }
        return dummyHash;
    }
}
