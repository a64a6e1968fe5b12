package news.akhbar.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import news.akhbar.author.Author;
import news.akhbar.author.AuthorService;
import news.akhbar.common.Actor;
import news.akhbar.common.AkhbarConfig;
import news.akhbar.common.PageInfo;
import news.akhbar.common.PageRequest;
import news.akhbar.common.Paged;
import news.akhbar.common.Preconditions;
import news.akhbar.common.ProblemException;
import news.akhbar.common.ProblemType;
import news.akhbar.common.Slugs;
import news.akhbar.common.Versioned;

@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StaffAccountRepository accounts;

    @Inject
    AuthorService authors;

    @Inject
    AkhbarConfig config;

    // Compared against when the email is unknown, so that both failures take the same time.
    private volatile String dummyHash;

    /** The first start has no account: create the admin, never with a built-in password. */
    void bootstrap(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.count() > 0) {
                return;
            }
            String email = normalizeEmail(config.admin().email());
            String password =
                    config.admin().password().filter(p -> !p.isBlank()).orElse(null);
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
    public Optional<StaffAccount> authenticate(String email, String password) {
        Optional<StaffAccount> account = accounts.findByEmail(normalizeEmail(email));
        boolean verified = verify(password, account.map(a -> a.passwordHash).orElseGet(this::dummyHash));
        return account.filter(a -> verified && a.enabled);
    }

    /** The account behind a token, if it may still act: disabled accounts lose access at once. */
    @Transactional
    public Optional<StaffAccount> findEnabled(long id) {
        return accounts.findByIdOptional(id).filter(a -> a.enabled).map(this::withAuthor);
    }

    private StaffAccount withAuthor(StaffAccount account) {
        if (account.author != null) {
            account.author.slug.length();
        }
        return account;
    }

    @Transactional
    Paged<AccountResponse> list(PageRequest page) {
        long total = accounts.count();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<AccountResponse> items = accounts
                .find("from StaffAccount a left join fetch a.author order by a.id")
                .range((int) page.offset(), (int) page.offset() + page.size() - 1)
                .list()
                .stream()
                .map(AccountResponse::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<AccountResponse> get(long id) {
        StaffAccount account = require(id);
        return new Versioned<>(AccountResponse.from(account), account.version);
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
        account.author = author(request.author());
        accounts.persist(account);
        accounts.flush();
        return new Versioned<>(AccountResponse.from(account), account.version);
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
        account.author = author(patch.author());
        accounts.flush();
        return new Versioned<>(AccountResponse.from(account), account.version);
    }

    /** The current values of an account as a patch, for merge patching. */
    @Transactional
    AccountRequests.Patch currentAsPatch(long id) {
        StaffAccount account = require(id);
        return new AccountRequests.Patch(
                account.displayName,
                account.role,
                account.enabled,
                account.author == null ? null : account.author.slug);
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
        return AccountResponse.from(require(actor.accountId()));
    }

    private Author author(String slug) {
        if (slug == null) {
            return null;
        }
        return authors.findEntity(Slugs.normalize(slug))
                .orElseThrow(() -> ProblemException.invalidField("author", "no author with slug '" + slug + "'"));
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
        return BCrypt.withDefaults().hashToString(config.auth().bcryptCost(), password.toCharArray());
    }

    private static boolean verify(String password, String hash) {
        return password != null && BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hash("not a real password, only for constant time");
        }
        return dummyHash;
    }
}
