package news.akhbar.common.http;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: every admin resource has an ETag made from its version, and a change must
 * name the version it was made against in {@code If-Match}.
 */
public final class Preconditions {

    private Preconditions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 428 without If-Match, 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you changed, so that no other change is lost.");
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw stale();
    }

    public static ProblemException stale() {
        return new ProblemException(
                ProblemType.PRECONDITION_FAILED,
                "The resource has changed since you read it: fetch it again and reapply your change.");
    }
}
