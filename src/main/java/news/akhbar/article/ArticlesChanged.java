package news.akhbar.article;

import java.util.Set;

/**
 * Fired inside a write's transaction with the ids of the articles it created, changed or deleted; observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on what committed. {@code bulk}: one batch of an
 * import, whose writer does not read its own writes back at once.
 */
public record ArticlesChanged(Set<Long> articleIds, boolean bulk) {}
