package news.akhbar.common.text;

import java.net.URI;
import java.util.Locale;

import news.akhbar.common.problem.ProblemException;

/** Links that reach a reader must be web links: no javascript:, data: or other schemes. */
public final class Urls {

    private Urls() {}

    public static String checkWebUrl(String field, String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url.strip();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalidField(field, "must be an http or https URL");
    }
}
