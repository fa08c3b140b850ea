package io.tokengateway.platform.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Waits for the end of the server's start-up: the console's port accepts connections (the run command opens it
 * only once the WAR is deployed) and Payara Micro has written its own last line ({@code … ready in … (ms)}). A
 * server that writes no such line (Payara Server) ends its start-up a few seconds after the port answers.
 */
final class StartupEnd {

    /** How long to wait for the console's port before giving up on it. */
    static final Duration PORT_WAIT = Duration.ofMinutes(2);
    /** How long after the port answers to wait for Payara Micro's last line. */
    static final Duration READY_LINE_WAIT = Duration.ofSeconds(10);
    /** Payara Micro's logger, whose {@code … ready in … (ms)} line ends its start-up. */
    static final String PAYARA_MICRO_LOGGER = "PayaraMicro";

    private final CountDownLatch readyLine = new CountDownLatch(1);
    private final Handler watcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && new SimpleFormatter().formatMessage(record).contains(" ready in ")) {
                readyLine.countDown();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Starts watching Payara Micro's log: before the server can have written its last line. */
    StartupEnd watch() {
        Logger.getLogger(PAYARA_MICRO_LOGGER).addHandler(watcher);
        return this;
    }

    /** Returns once the start-up has ended (or the waits ran out), and stops watching. */
    void await(int port) throws InterruptedException {
        try {
            PortProbe.answersWithin(port, PORT_WAIT);
            if (readyLine.await(READY_LINE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                Thread.sleep(500); // the ready line reaches the log's own handlers just after ours
            }
        } finally {
            Logger.getLogger(PAYARA_MICRO_LOGGER).removeHandler(watcher);
        }
    }
}
