package news.akhbar.auth;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.akhbar.account.AccountService;
import news.akhbar.account.StaffMember;
import news.akhbar.common.http.ApiDocs;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

@Path("/api/v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Staff login.")
public class TokenResource {

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServerRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in", description = """
            Exchanges a staff email and password for a short-lived access token (a JWT). An unknown email and a \
            wrong password get the same answer. Repeated failures for one account or one client address get 429 \
            with Retry-After.""")
    @APIResponse(responseCode = "200", description = "The access token.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public TokenRequests.AccessToken createToken(@Valid TokenRequests.Login login) {
        String accountKey = "account:" + login.email().strip().toLowerCase(Locale.ROOT);
        String addressKey = "address:" + request.remoteAddress().hostAddress();
        throttle.check(accountKey, addressKey);
        StaffMember account =
                accounts.authenticate(login.email(), login.password()).orElse(null);
        if (account == null) {
            throttle.failed(accountKey, addressKey);
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The email or the password is wrong.");
        }
        throttle.succeeded(accountKey);
        return tokens.issue(account);
    }
}
