package io.tokengateway.security.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogSinkTest {

    private final AccessLogSink sink = new AccessLogSink();

    @TempDir
    Path temp;

    @AfterEach
    void backToTheServerLog() {
        sink.sendTo(AccessLogSink.SERVER_LOG);
    }

    @Test
    void aFileGetsEachLineWithItsTimeAndTheServerLogNone() throws Exception {
        Path file = temp.resolve("access.log");

        sink.sendTo(file.toString());
        AccessLog.LOGGER.info("GET /millicast/getList person \"alice\" 200 total 3 ms");

        String written = Files.readString(file);
        assertTrue(written.matches("\\d{4}-\\d\\d-\\d\\dT[^ ]+Z GET /millicast/getList person \"alice\" 200 total 3 ms\\R"), written);
        assertFalse(AccessLog.LOGGER.getUseParentHandlers());
    }

    @Test
    void offWritesNothing() {
        sink.sendTo("off");

        assertFalse(AccessLog.LOGGER.isLoggable(Level.INFO));
    }

    @Test
    void theServerLogIsTheDefault() {
        sink.sendTo(null);

        assertTrue(AccessLog.LOGGER.isLoggable(Level.INFO));
        assertTrue(AccessLog.LOGGER.getUseParentHandlers());
    }

    @Test
    void aFileThatCannotBeWrittenFallsBackToTheServerLog() {
        sink.sendTo(temp.resolve("no/such/dir/access.log").toString());

        assertTrue(AccessLog.LOGGER.isLoggable(Level.INFO));
        assertTrue(AccessLog.LOGGER.getUseParentHandlers());
    }
}
