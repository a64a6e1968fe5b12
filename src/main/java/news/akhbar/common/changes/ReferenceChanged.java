package news.akhbar.common.changes;

/**
 * An author, category or tag changed what articles show of it (its slug or name): the articles naming it changed
 * too. Fired inside the writing transaction, observed by the article feature.
 */
public record ReferenceChanged(ContentKind kind, long id) {}
