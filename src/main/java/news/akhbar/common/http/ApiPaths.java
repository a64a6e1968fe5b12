package news.akhbar.common.http;

/** Which part of the API a request path belongs to. */
public final class ApiPaths {

    private ApiPaths() {}

    /**
     * The management API and login: private to staff, never cached, CORS only for the newsroom's origins. Whole path
     * segments: {@code /api/v1/authors} is public, {@code /api/v1/auth/token} is not.
     */
    public static boolean isManagement(String path) {
        return isUnder(path, "/api/v1/admin") || isUnder(path, "/api/v1/auth");
    }

    /** Anything of the public API, which every reader gets alike; WordPress's routes are public reads too. */
    public static boolean isPublic(String path) {
        return path.startsWith("/api/v1/") && !isManagement(path) || path.startsWith("/wp-json/");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
