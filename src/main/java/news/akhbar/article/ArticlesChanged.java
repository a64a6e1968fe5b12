package news.akhbar.article;

import java.util.Set;

/**
 * Fired inside a write's transaction with the ids of the articles it created, changed or deleted; observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on what committed.
 */
public record ArticlesChanged(Set<Long> articleIds) {}
