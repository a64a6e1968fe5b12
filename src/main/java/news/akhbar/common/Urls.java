package news.akhbar.common;

import java.net.URI;

/** Links that reach a reader must be web links: no javascript:, data: or other schemes. */
public final class Urls {

    private Urls() {}

    public static String checkWebUrl(String field, String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url.strip();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalidField(field, "must be an http or https URL");
    }
}
