package news.akhbar.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

import news.akhbar.account.AccountService;
import news.akhbar.account.StaffMember;
import news.akhbar.common.security.Actor;
import news.akhbar.common.security.Role;

/**
 * Turns a bearer token into a staff identity. The role comes from the account as it is now, not as it was when the
 * token was issued, so that a disabled account or a changed role takes effect at once.
 */
@ApplicationScoped
public class BearerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    AccessTokens accessTokens;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    AccountService accounts;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identify(request.getToken().getToken()));
    }

    private SecurityIdentity identify(String token) {
        if (token.startsWith(ApiTokenService.PREFIX)) {
            ApiToken apiToken = apiTokens
                    .authenticate(token)
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API token"));
            // A token's rights were granted by an admin; they end when that account is disabled or is no admin.
            StaffMember owner = accounts.findEnabled(apiToken.createdBy)
                    .filter(account -> account.role() == Role.ADMIN)
                    .orElseThrow(
                            () -> new AuthenticationFailedException("the token's account is disabled or no admin"));
            return identity(owner, apiToken.role);
        }
        JsonWebToken jwt;
        try {
            jwt = accessTokens.verify(token);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("invalid or expired access token");
        }
        long accountId;
        try {
            accountId = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new AuthenticationFailedException("access token without an account");
        }
        StaffMember account = accounts.findEnabled(accountId)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or disabled account"));
        return identity(account, account.role());
    }

    private static SecurityIdentity identity(StaffMember account, Role role) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(String.valueOf(account.id())))
                .addRole(role.name())
                .addAttribute(Actor.ACCOUNT_ID, account.id());
        if (account.authorId() != null) {
            builder.addAttribute(Actor.AUTHOR_ID, account.authorId());
        }
        return builder.build();
    }
}
