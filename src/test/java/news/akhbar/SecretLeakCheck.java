package news.akhbar;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Runs on every response of every test: no password hash, no staff email and no API token secret may appear in
 * any response, except the secret in the one answer that creates its token.
 */
public final class SecretLeakCheck implements Filter {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{20,}");
    private static final Set<String> STAFF_EMAILS = ConcurrentHashMap.newKeySet();
    private static final Set<String> TOKEN_SECRETS = ConcurrentHashMap.newKeySet();

    static {
        STAFF_EMAILS.add(TestAuth.ADMIN_EMAIL);
    }

    public static void staffEmail(String email) {
        STAFF_EMAILS.add(email.toLowerCase());
    }

    public static void tokenSecret(String secret) {
        TOKEN_SECRETS.add(secret);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String body = response.asString();
        boolean createsToken = request.getMethod().equals("POST") && request.getURI().contains("/api/v1/admin/tokens")
                && response.statusCode() == 201;
        String secret = createsToken ? response.jsonPath().getString("secret") : null;
        if (BCRYPT.matcher(body).find()) {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered a password hash");
        }
        String lower = body.toLowerCase();
        for (String email : STAFF_EMAILS) {
            if (lower.contains(email)) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered a staff email");
            }
        }
        for (String known : TOKEN_SECRETS) {
            if (body.contains(known)) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered a token secret");
            }
        }
        if (secret != null) {
            TOKEN_SECRETS.add(secret);
        }
        return response;
    }
}
