package news.akhbar.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
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
 * any response, except the secret in the one answer that creates its token; and no commenter email (not even
 * hashed) and no client address may appear in any public response. Every email and address a test sends is
 * recorded, so the whole suite's public responses are checked against all of them.
 */
public final class SecretLeakCheck implements Filter {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{20,}");
    private static final Set<String> STAFF_EMAILS = ConcurrentHashMap.newKeySet();
    private static final Set<String> TOKEN_SECRETS = ConcurrentHashMap.newKeySet();
    /** Commenter emails (with their MD5 and SHA-256, as avatar services use) and client addresses. */
    private static final Set<String> READER_PRIVATE = ConcurrentHashMap.newKeySet();

    private static final Pattern EMAIL_FIELD = Pattern.compile("\"authorEmail\"\\s*:\\s*\"([^\"]+)\"");

    static {
        STAFF_EMAILS.add(TestAuth.ADMIN_EMAIL);
    }

    public static void staffEmail(String email) {
        STAFF_EMAILS.add(email.toLowerCase());
    }

    public static void tokenSecret(String secret) {
        TOKEN_SECRETS.add(secret);
    }

    public static void commenterEmail(String email) {
        String normalized = email.strip().toLowerCase();
        READER_PRIVATE.add(normalized);
        READER_PRIVATE.add(digest("MD5", normalized));
        READER_PRIVATE.add(digest("SHA-256", normalized));
    }

    public static void clientAddress(String address) {
        READER_PRIVATE.add(address);
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        if (request.getURI().contains("/comments") && request.getBody() != null) {
            Object sent = request.getBody();
            String text = sent instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : sent.toString();
            var email = EMAIL_FIELD.matcher(text);
            if (email.find()) {
                commenterEmail(email.group(1));
            } else if (sent instanceof Map<?, ?> map && map.get("authorEmail") instanceof String address) {
                commenterEmail(address);
            }
        }
        String forwarded = request.getHeaders().getValue("X-Forwarded-For");
        if (forwarded != null) {
            clientAddress(forwarded.strip());
        }
        Response response = context.next(request, responseSpec);
        String body = response.asString();
        if (!request.getURI().contains("/api/v1/admin/")) {
            String headers = response.getHeaders().toString();
            for (String secret : READER_PRIVATE) {
                if (body.contains(secret) || headers.contains(secret)) {
                    throw new AssertionError(request.getMethod() + " " + request.getURI()
                            + " answered a commenter's private data in a public response");
                }
            }
            if (body.contains("127.0.0.1")) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered a client address");
            }
        }
        boolean createsToken = request.getMethod().equals("POST")
                && request.getURI().contains("/api/v1/admin/tokens")
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
