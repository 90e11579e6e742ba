package vn.nscl.expert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The matching pools (verified experts per competence) kept in memory: loading 10,000 experts takes the database
 * tens of milliseconds, more than a whole ranking may take. A pool is dropped when any expert record changes in
 * this instance (after the commit), when the day changes (certificates expire by the day), and after
 * {@code nscl.matching.pool-ttl} so changes made on another instance are seen within that time. Loads and declines
 * are never cached: capacity and conflicts are always judged on current data.
 */
@Component
class PoolCache {

    private record Pool(List<ExpertCandidate> candidates, LocalDate day, long loadedAtNanos) {
    }

    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private final long ttlNanos;

    PoolCache(@Value("${nscl.matching.pool-ttl:15s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    List<ExpertCandidate> get(String itemCode, LocalDate today, Supplier<List<ExpertCandidate>> load) {
        Pool pool = pools.get(itemCode);
        if (pool == null || !pool.day().equals(today) || System.nanoTime() - pool.loadedAtNanos() > ttlNanos) {
            pool = new Pool(load.get(), today, System.nanoTime());
            pools.put(itemCode, pool);
        }
        return pool.candidates();
    }

    /** An expert record changed in the current transaction: every pool is dropped once it commits. */
    void expertChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pools.clear();
                }
            });
        } else {
            pools.clear();
        }
    }
}
