package io.tokengateway.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Hands log records to other handlers from one writer thread, so that a request thread never waits for a console
 * or file handler's lock nor pays for its formatting. Under load the access log's line went through the server's
 * console handler on every request, each thread in turn: 17 s of 20 s were spent blocked there in a profile of
 * {@code get} at 16 connections. The queue is bounded ({@code capacity} records): when the writer falls that far
 * behind, a caller waits for room, so no line is lost and memory stays bounded. A record's source class and method
 * must be set by the caller ({@link java.util.logging.Logger#logp}); inferring them on the writer thread would name
 * the writer. {@link #close()} writes what is queued, then stops the writer.
 */
public final class QueuedLogHandler extends Handler {

    private static final LogRecord STOP = new LogRecord(java.util.logging.Level.OFF, "stop");

    private final BlockingQueue<LogRecord> queue;
    private final Supplier<Handler[]> targets;
    private final Thread writer;
    private volatile boolean closed;

    /** @param targets the handlers each record goes to, asked for each batch (a logger's handlers may change) */
    public QueuedLogHandler(int capacity, Supplier<Handler[]> targets, ThreadFactory threads) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.targets = targets;
        this.writer = threads.newThread(this::write);
        writer.setName("access-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void publish(LogRecord record) {
        if (closed || !isLoggable(record)) {
            return;
        }
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write() {
        List<LogRecord> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            Handler[] handlers = targets.get();
            for (LogRecord record : batch) {
                if (record == STOP) {
                    flushAll(handlers);
                    return;
                }
                for (Handler handler : handlers) {
                    try {
                        handler.publish(record);
                    } catch (RuntimeException e) {
                        reportError("a log handler failed", e, ErrorManager.WRITE_FAILURE);
                    }
                }
            }
            batch.clear();
            if (queue.isEmpty()) {
                flushAll(handlers);
            }
        }
    }

    private static void flushAll(Handler[] handlers) {
        for (Handler handler : handlers) {
            handler.flush();
        }
    }

    /** Nothing to do: the writer hands each record on as soon as it gets to it, and flushes its targets when idle. */
    @Override
    public void flush() {
    }

    /** Writes what is queued (waiting up to 5 s), then stops the writer. The target handlers stay open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (queue.offer(STOP, 5, TimeUnit.SECONDS)) {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } else {
                writer.interrupt();
            }
        } catch (InterruptedException e) {
            writer.interrupt();
            Thread.currentThread().interrupt();
        }
    }
}
