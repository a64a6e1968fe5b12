package news.akhbar.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.Preconditions;
import news.akhbar.common.http.Versioned;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.security.Actor;
import news.akhbar.common.text.Hashes;
import news.akhbar.common.time.Times;

@ApplicationScoped
class ApiTokenService {

    @Inject
    Clock clock;

    static final String PREFIX = "akh_";
    private static final SecureRandom RANDOM = new SecureRandom();
    // Recording every use would write on every request; a minute is precise enough for "last used".
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Inject
    EntityManager em;

    @Transactional
    ApiTokenResponse create(TokenRequests.CreateApiToken request, Actor actor) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.name = request.name().strip();
        token.role = request.role();
        token.tokenHash = hash(secret);
        token.tokenPrefix = secret.substring(0, PREFIX.length() + 6);
        token.createdBy = actor.accountId();
        token.createdAt = Times.now(clock);
        token.persist();
        em.flush();
        return ApiTokenResponse.from(token, secret);
    }

    @Transactional
    Paged<ApiTokenResponse> list(PageRequest page) {
        long total = ApiToken.count();
        List<ApiTokenResponse> items =
                ApiToken.<ApiToken>find("order by id").range(page.first(), page.last()).list().stream()
                        .map(token -> ApiTokenResponse.from(token, null))
                        .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<ApiTokenResponse> get(long id) {
        ApiToken token = require(id);
        return new Versioned<>(ApiTokenResponse.from(token, null), token.version);
    }

    @Transactional
    void revoke(long id, String ifMatch) {
        ApiToken token = require(id);
        Preconditions.requireMatch(ifMatch, token.version);
        if (token.revokedAt == null) {
            token.revokedAt = Times.now(clock);
        }
    }

    /** The live token with this secret, its use recorded; empty for an unknown or revoked one. */
    @Transactional
    Optional<ApiToken> authenticate(String secret) {
        Optional<ApiToken> token = ApiToken.<ApiToken>find("tokenHash", hash(secret))
                .firstResultOptional()
                .filter(t -> t.revokedAt == null);
        token.ifPresent(t -> {
            var now = Times.now(clock);
            if (t.lastUsedAt == null || t.lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
                // A plain update: the version is the resource's, and a use is not a change of it.
                em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                        .setParameter("now", now)
                        .setParameter("id", t.id)
                        .executeUpdate();
            }
        });
        return token;
    }

    private ApiToken require(long id) {
        return ApiToken.<ApiToken>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No API token has the id " + id + "."));
    }

    /** A fast hash is right here: the secret has 256 random bits, nothing to guess from a dictionary. */
    static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
