package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.QueuedLogHandler;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the access log goes, from {@code gateway.access.log}: {@code server} (the server log's handlers, the
 * default), {@code off}, or an absolute file path (lines appended, readable by the server's user only, as the run
 * scripts' umask makes every file). Either way the lines are written by one writer thread ({@link QueuedLogHandler}),
 * never by the request's thread.
 */
@ApplicationScoped
public class AccessLogSink {

    static final String SERVER_LOG = "server";
    static final String OFF = "off";
    /** Lines the writer may fall behind by before a request waits for it (a few MB at most). */
    static final int QUEUED_LINES = 8192;
    private static final Logger LOGGER = Logger.getLogger(AccessLogSink.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private Handler file;
    private QueuedLogHandler queued;

    synchronized void sendTo(String destination) {
        Logger access = AccessLog.LOGGER;
        stopWriting(access);
        String where = destination == null ? SERVER_LOG : destination.strip();
        if (OFF.equalsIgnoreCase(where)) {
            access.setLevel(Level.OFF);
            return;
        }
        access.setLevel(Level.INFO);
        if (SERVER_LOG.equalsIgnoreCase(where)) {
            writeThroughQueue(access, () -> serverLogHandlers(access));
            return;
        }
        try {
            FileHandler handler = new FileHandler(Path.of(where).toAbsolutePath().toString(), true);
            handler.setFormatter(new SimpleFormatter() {
                @Override
                public String format(java.util.logging.LogRecord record) {
                    return record.getInstant() + " " + record.getMessage() + System.lineSeparator();
                }
            });
            file = handler;
            Handler[] target = {handler};
            writeThroughQueue(access, () -> target);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "The access log cannot be written to {0} ({1}); it goes to the server log",
                    new Object[] {where, e.getMessage()});
            writeThroughQueue(access, () -> serverLogHandlers(access));
        }
    }

    @PreDestroy
    synchronized void close() {
        stopWriting(AccessLog.LOGGER);
        AccessLog.LOGGER.setUseParentHandlers(true);
    }

    private void writeThroughQueue(Logger access, Supplier<Handler[]> targets) {
        ThreadFactory factory = threads != null ? threads : Thread::new;
        queued = new QueuedLogHandler(QUEUED_LINES, targets, factory);
        access.addHandler(queued);
        access.setUseParentHandlers(false);
    }

    /** The handlers the access logger's records would reach through its parents: the server log. */
    private static Handler[] serverLogHandlers(Logger access) {
        List<Handler> handlers = new ArrayList<>();
        for (Logger parent = access.getParent(); parent != null; parent = parent.getParent()) {
            handlers.addAll(List.of(parent.getHandlers()));
            if (!parent.getUseParentHandlers()) {
                break;
            }
        }
        return handlers.toArray(Handler[]::new);
    }

    private void stopWriting(Logger access) {
        if (queued != null) {
            access.removeHandler(queued);
            queued.close();
            queued = null;
        }
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
