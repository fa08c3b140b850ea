package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class QueuedLogHandlerTest {

    /** A target that can be held shut, as a console handler's lock holds its callers. */
    private static final class SlowTarget extends Handler {
        final List<String> written = new CopyOnWriteArrayList<>();
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public void publish(LogRecord record) {
            entered.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aCallerDoesNotWaitForTheTargetUntilTheQueueIsFullAndNothingIsLost() throws Exception {
        SlowTarget target = new SlowTarget();
        QueuedLogHandler queued = new QueuedLogHandler(4, () -> new Handler[] {target}, Thread::new);

        // the writer takes one record and is stuck in the target; four more fit in the queue without waiting
        long started = System.nanoTime();
        queued.publish(new LogRecord(Level.INFO, "line 0"));
        assertTrue(target.entered.await(5, TimeUnit.SECONDS));
        for (int i = 1; i < 5; i++) {
            queued.publish(new LogRecord(Level.INFO, "line " + i));
        }
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "a caller waited for the target");

        Thread sixth = new Thread(() -> queued.publish(new LogRecord(Level.INFO, "line 5")));
        sixth.start();
        sixth.join(300);
        assertTrue(sixth.isAlive(), "the sixth record should wait for room in the full queue");

        target.open.countDown();
        sixth.join(5000);
        queued.close();
        assertEquals(List.of("line 0", "line 1", "line 2", "line 3", "line 4", "line 5"), target.written);
    }

    @Test
    void closeWritesWhatIsQueuedAndThenTakesNoMore() {
        SlowTarget target = new SlowTarget();
        target.open.countDown();
        QueuedLogHandler queued = new QueuedLogHandler(100, () -> new Handler[] {target}, Thread::new);
        for (int i = 0; i < 50; i++) {
            queued.publish(new LogRecord(Level.INFO, "line " + i));
        }

        queued.close();
        queued.publish(new LogRecord(Level.INFO, "after close"));

        assertEquals(50, target.written.size());
        assertEquals("line 49", target.written.get(49));
    }
}
