package news.akhbar.importer;

/** One thing an import stores: where it is in the file, what kind it is, and how to store it. */
interface ImportItem {

    /** 1-based line in the uploaded file. */
    int line();

    /** One of {@link ImportBatches#KINDS}, or null when the item is too broken to tell. */
    String kind();

    /** Stores it in the current transaction. */
    Stored store(long accountId);

    /** The outcome of one stored item: the article it wrote, or the article whose comment count it changed. */
    record Stored(String kind, boolean created, Long articleId, Long commentedArticleId) {
        Stored(String kind, boolean created) {
            this(kind, created, null, null);
        }
    }

    /** An item that is not what the format describes; its message is the reason in the report. */
    final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
