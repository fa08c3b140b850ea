package io.tokengateway.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogSinkTest {

    private static final String LINE = "GET /millicast/getList person \"alice\" 200 total 3 ms";

    private final AccessLogSink sink = new AccessLogSink();
    private final List<LogRecord> serverLog = new CopyOnWriteArrayList<>();
    private final List<String> writerThreads = new CopyOnWriteArrayList<>();
    private final Handler serverLogHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            serverLog.add(record);
            writerThreads.add(Thread.currentThread().getName());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path temp;

    @AfterEach
    void backToTheServerLog() {
        sink.close();
        Logger.getLogger("").removeHandler(serverLogHandler);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
    }

    private static void log(String line) {
        AccessLog.LOGGER.logp(Level.INFO, AccessLog.class.getName(), "write", line);
    }

    @Test
    void aFileGetsEachLineWithItsTimeAndTheServerLogNone() throws Exception {
        Logger.getLogger("").addHandler(serverLogHandler);
        Path file = temp.resolve("access.log");

        sink.sendTo(file.toString());
        log(LINE);

        await(() -> {
            try {
                return Files.readString(file).endsWith("\n");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        String written = Files.readString(file);
        assertTrue(written.matches("\\d{4}-\\d\\d-\\d\\dT[^ ]+Z GET /millicast/getList person \"alice\" 200 total 3 ms\\R"), written);
        assertTrue(serverLog.stream().noneMatch(record -> LINE.equals(record.getMessage())));
    }

    @Test
    void offWritesNothing() {
        sink.sendTo("off");

        assertFalse(AccessLog.LOGGER.isLoggable(Level.INFO));
    }

    @Test
    void theServerLogIsTheDefaultAndGetsTheLinesFromTheWriterThreadInOrder() throws Exception {
        Logger.getLogger("").addHandler(serverLogHandler);
        sink.sendTo(null);

        for (int i = 0; i < 500; i++) {
            log(LINE + " " + i);
        }

        await(() -> serverLog.stream().filter(record -> record.getMessage().startsWith(LINE)).count() == 500);
        List<String> lines = serverLog.stream().map(LogRecord::getMessage).filter(m -> m.startsWith(LINE)).toList();
        assertEquals(500, lines.size());
        for (int i = 0; i < 500; i++) {
            assertEquals(LINE + " " + i, lines.get(i));
        }
        assertTrue(AccessLog.LOGGER.isLoggable(Level.INFO));
        // not written by the request's (here: the test's) thread, and not twice through the parent handlers
        assertNotEquals(Thread.currentThread().getName(), writerThreads.get(0));
        assertFalse(AccessLog.LOGGER.getUseParentHandlers());
        assertEquals(AccessLog.class.getName(), serverLog.get(0).getSourceClassName());
    }

    @Test
    void aFileThatCannotBeWrittenFallsBackToTheServerLog() throws Exception {
        sink.sendTo(temp.resolve("no/such/dir/access.log").toString());
        Logger.getLogger("").addHandler(serverLogHandler);

        log(LINE);

        await(() -> serverLog.stream().anyMatch(record -> LINE.equals(record.getMessage())));
        assertTrue(serverLog.stream().anyMatch(record -> LINE.equals(record.getMessage())));
    }
}
