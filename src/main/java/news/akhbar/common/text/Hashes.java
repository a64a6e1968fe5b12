package news.akhbar.common.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

public final class Hashes {

    private Hashes() {}

    /** SHA-256 of the UTF-8 bytes, as 64 hex digits. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first {@code length} characters of the SHA-256 of {@code data} in base64url: short, URL- and header-safe. */
    public static String sha256Base64Url(byte[] data, int length) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(sha256(data))
                .substring(0, length);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
