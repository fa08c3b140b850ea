package io.tokengateway.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes in this JVM that can stop a credential from working (a key issued or revoked, a person added,
 * disabled, re-enabled or given another role), so that {@link VerifiedKeys} forgets what it verified before any of
 * them. A change inside a transaction counts again when the transaction ends, so that nothing read before the
 * commit is kept as new.
 */
@ApplicationScoped
public class CredentialChanges {

    private final AtomicLong generation = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The number of changes so far. */
    public long generation() {
        return generation.get();
    }

    public void changed() {
        generation.incrementAndGet();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // only the end counts
                }

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }
}
