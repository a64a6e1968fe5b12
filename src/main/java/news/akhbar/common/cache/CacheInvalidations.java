package news.akhbar.common.cache;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import news.akhbar.common.time.Times;

/**
 * Announces, inside the transaction of a write, what the write changed (see {@link CacheKeys}). The keys are written
 * to {@code cache_invalidation} in that same transaction, so every instance learns of them if and only if the write
 * commits; this instance evicts at commit, before the write's answer leaves, so that its writer reads what it wrote.
 */
@ApplicationScoped
public class CacheInvalidations {

    private static final String PENDING = CacheInvalidations.class.getName();

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    ResponseCache cache;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void invalidate(String... keys) {
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transaction.getResource(PENDING);
        if (pending == null) {
            Set<String> created = new LinkedHashSet<>();
            pending = created;
            transaction.putResource(PENDING, created);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        cache.evict(created);
                    }
                }
            });
        }
        for (String key : Arrays.asList(keys)) {
            if (key != null && pending.add(key)) {
                em.createNativeQuery("insert into cache_invalidation (cache_key, created_at) values (:key, :at)")
                        .setParameter("key", key)
                        .setParameter("at", Times.now(clock))
                        .executeUpdate();
            }
        }
    }
}
