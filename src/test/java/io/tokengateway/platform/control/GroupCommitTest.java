package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final List<List<Integer>> commits = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService callers = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aLoneItemIsStoredBeforeStoreReturns() {
        GroupCommit<Integer> group = new GroupCommit<>(commits::add, 100);

        group.store(7);

        assertEquals(List.of(List.of(7)), commits);
    }

    @Test
    void itemsThatArriveWhileOneIsWrittenAreStoredTogetherEachOnce() throws Exception {
        CountDownLatch firstCommitEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        GroupCommit<Integer> group = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                firstCommitEntered.countDown();
                await(releaseFirstCommit);
            }
            commits.add(List.copyOf(items));
        }, 100);

        Future<?> first = callers.submit(() -> group.store(0));
        assertTrue(firstCommitEntered.await(5, TimeUnit.SECONDS));
        List<Future<?>> others = IntStream.rangeClosed(1, 15).<Future<?>>mapToObj(i -> callers.submit(() -> group.store(i))).toList();
        awaitQueued(group, others);
        releaseFirstCommit.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(5, TimeUnit.SECONDS);
        }

        assertEquals(List.of(List.of(0)), commits.subList(0, 1));
        assertEquals(2, commits.size(), "the fifteen that waited are one commit: " + commits);
        assertEquals(IntStream.rangeClosed(1, 15).boxed().toList(), commits.get(1).stream().sorted().toList());
    }

    @Test
    void noCommitHoldsMoreThanTheBatchBound() throws Exception {
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        GroupCommit<Integer> group = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                await(releaseFirstCommit);
            }
            commits.add(List.copyOf(items));
        }, 4);

        Future<?> first = callers.submit(() -> group.store(0));
        waitUntil(() -> group.isWriting());
        List<Future<?>> others = IntStream.rangeClosed(1, 10).<Future<?>>mapToObj(i -> callers.submit(() -> group.store(i))).toList();
        awaitQueued(group, others);
        releaseFirstCommit.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(5, TimeUnit.SECONDS);
        }

        assertTrue(commits.stream().allMatch(batch -> batch.size() <= 4), commits::toString);
        assertEquals(IntStream.rangeClosed(0, 10).boxed().toList(), commits.stream().flatMap(List::stream).sorted().toList());
    }

    @Test
    void aRefusedBatchIsStoredItemByItemAndOnlyTheBadItemsCallerHearsOfIt() throws Exception {
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        IllegalStateException refusal = new IllegalStateException("value too long");
        GroupCommit<Integer> group = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                await(releaseFirstCommit);
            }
            if (items.contains(13)) {
                throw refusal;
            }
            commits.add(List.copyOf(items));
        }, 100);

        Future<?> first = callers.submit(() -> group.store(0));
        waitUntil(() -> group.isWriting());
        Map<Integer, Future<?>> others = new ConcurrentHashMap<>();
        IntStream.rangeClosed(11, 15).forEach(i -> others.put(i, callers.submit(() -> group.store(i))));
        awaitQueued(group, List.copyOf(others.values()));
        releaseFirstCommit.countDown();
        first.get(5, TimeUnit.SECONDS);

        for (int i = 11; i <= 15; i++) {
            if (i == 13) {
                Future<?> bad = others.get(i);
                var thrown = assertThrows(java.util.concurrent.ExecutionException.class, () -> bad.get(5, TimeUnit.SECONDS));
                assertSame(refusal, thrown.getCause());
            } else {
                others.get(i).get(5, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of(0, 11, 12, 14, 15), commits.stream().flatMap(List::stream).sorted().toList());
    }

    @Test
    void aLoneFailureReachesItsCaller() {
        IllegalStateException refusal = new IllegalStateException("database gone");
        GroupCommit<Integer> group = new GroupCommit<>(items -> {
            throw refusal;
        }, 100);

        assertSame(refusal, assertThrows(IllegalStateException.class, () -> group.store(1)));
        assertSame(refusal, assertThrows(IllegalStateException.class, () -> group.store(2)), "the next caller tries again");
    }

    @Test
    void anErrorInTheStoreLeavesNoCallerWaiting() throws Exception {
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        Consumer<List<Integer>> store = items -> {
            if (items.contains(0)) {
                await(releaseFirstCommit);
                return;
            }
            throw new OutOfMemoryError("simulated");
        };
        GroupCommit<Integer> group = new GroupCommit<>(store, 100);

        Future<?> first = callers.submit(() -> group.store(0));
        waitUntil(() -> group.isWriting());
        List<Future<?>> others = IntStream.rangeClosed(1, 5).<Future<?>>mapToObj(i -> callers.submit(() -> group.store(i))).toList();
        awaitQueued(group, others);
        releaseFirstCommit.countDown();
        first.get(5, TimeUnit.SECONDS);

        for (Future<?> other : others) {
            assertThrows(java.util.concurrent.ExecutionException.class, () -> other.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aBatchHoldsAtLeastOneItem() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCommit<Integer>(commits::add, 0));
    }

    /** Until every caller has queued its item and waits for the lock (or is done). */
    private static void awaitQueued(GroupCommit<Integer> group, List<Future<?>> callers) throws InterruptedException {
        waitUntil(() -> group.waitingCallers() + callers.stream().filter(Future::isDone).count() >= callers.size());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(2);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
