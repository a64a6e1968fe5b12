package news.akhbar.common;

/** 409 for deleting something that articles still use, with how many. */
public final class InUse {

    private InUse() {}

    public static void check(long articles, String what) {
        if (articles > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "The " + what + " is used by " + articles + " article" + (articles == 1 ? "" : "s")
                            + "; change those first.",
                    null,
                    java.util.Map.of("X-Usage-Count", String.valueOf(articles)));
        }
    }
}
