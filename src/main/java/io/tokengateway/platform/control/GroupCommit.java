package io.tokengateway.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Stores items so that each is stored when {@link #store} returns, and the items of callers that arrive together are
 * stored together (a group commit, without a thread of its own): a caller queues its item and takes the write lock;
 * whoever holds it stores every queued item, up to {@code maxBatch} at a time, in one call of the store. A caller
 * whose item was stored meanwhile by another returns at once. A batch the store refuses is stored again item by
 * item, so that one bad item costs only its own caller.
 *
 * <p>Each item's outcome is written and read under the lock, so it needs no other fence.
 *
 * @param <T> what is stored
 */
public final class GroupCommit<T> {

    private final Consumer<List<T>> store;
    private final int maxBatch;
    private final ReentrantLock writing = new ReentrantLock();
    private final Queue<Pending<T>> queued = new ConcurrentLinkedQueue<>();

    /**
     * @param store stores all the items it is given, in one transaction, or throws
     * @param maxBatch the most items given to the store at once
     */
    public GroupCommit(Consumer<List<T>> store, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A batch holds at least one item");
        }
        this.store = store;
        this.maxBatch = maxBatch;
    }

    /**
     * Returns once the item is stored.
     *
     * @throws RuntimeException what the store threw for this item on its own
     */
    public void store(T item) {
        Pending<T> mine = new Pending<>(item);
        queued.add(mine);
        writing.lock();
        try {
            while (mine.failure == null && !mine.stored) {
                List<Pending<T>> batch = nextBatch();
                if (batch.isEmpty()) {
                    throw new IllegalStateException("A queued item left the queue unstored");
                }
                write(batch);
            }
        } finally {
            writing.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** Whether a caller is storing a batch now. */
    boolean isWriting() {
        return writing.isLocked();
    }

    /** How many callers wait for the write lock (an estimate, for tests and monitoring). */
    int waitingCallers() {
        return writing.getQueueLength();
    }

    private List<Pending<T>> nextBatch() {
        List<Pending<T>> batch = new ArrayList<>(Math.min(maxBatch, 16));
        Pending<T> next;
        while (batch.size() < maxBatch && (next = queued.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void write(List<Pending<T>> batch) {
        try {
            try {
                store.accept(items(batch));
                batch.forEach(pending -> pending.stored = true);
            } catch (RuntimeException batchFailed) {
                if (batch.size() == 1) {
                    batch.get(0).failure = batchFailed;
                    return;
                }
                for (Pending<T> pending : batch) {
                    writeAlone(pending);
                }
            }
        } catch (Error e) {
            for (Pending<T> pending : batch) {
                if (!pending.stored && pending.failure == null) {
                    pending.failure = new IllegalStateException("Not stored: " + e);
                }
            }
            throw e;
        }
    }

    private void writeAlone(Pending<T> pending) {
        try {
            store.accept(List.of(pending.item));
            pending.stored = true;
        } catch (RuntimeException e) {
            pending.failure = e;
        }
    }

    private static <T> List<T> items(List<Pending<T>> batch) {
        List<T> items = new ArrayList<>(batch.size());
        batch.forEach(pending -> items.add(pending.item));
        return items;
    }

    /** One caller's item and what became of it; read and written under the write lock only. */
    private static final class Pending<T> {
        final T item;
        boolean stored;
        RuntimeException failure;

        Pending(T item) {
            this.item = item;
        }
    }
}
