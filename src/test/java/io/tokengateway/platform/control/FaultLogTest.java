package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultLogTest {

    private static final String SECRET = "s3cr3t-api-value-1234";

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger = Logger.getLogger(FaultLog.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private FaultLog faults;

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
        GatewaySettings settings = new GatewaySettings();
        settings.apiSecretText = Optional.of(SECRET);
        settings.apiSecretFile = Optional.empty();
        settings.resolveSecret();
        faults = new FaultLog(new Redactor(settings));
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void oneSevereRecordWithTheReferenceTheCallerGetsAndTheWholeStackTrace() {
        IllegalStateException failure = new IllegalStateException("state broke",
                new java.io.UncheckedIOException(new java.io.IOException("disk said no")));

        String reference = faults.record(failure, "POST /millicast/createToken");

        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        String message = new SimpleFormatter().formatMessage(record);
        assertEquals("Unexpected error " + reference + " on POST /millicast/createToken", message);
        assertTrue(reference.matches("[0-9a-f-]{36}"), reference);
        Throwable thrown = record.getThrown();
        assertNotNull(thrown);
        assertArrayEquals(failure.getStackTrace(), thrown.getStackTrace());
        assertEquals("java.lang.IllegalStateException: state broke", thrown.toString());
        assertEquals("java.io.IOException: disk said no", thrown.getCause().getCause().toString());
        String trace = trace(thrown);
        assertTrue(trace.contains("at io.tokengateway.platform.control.FaultLogTest."), trace);
        assertTrue(trace.contains("Caused by: java.io.UncheckedIOException"), trace);
        assertFalse(trace.contains("RedactedFailure"), trace);
    }

    @Test
    void everyMessageInTheChainIsRedacted() {
        RuntimeException failure = new RuntimeException("upstream said Bearer " + SECRET,
                new IllegalArgumentException("value was " + SECRET));
        failure.addSuppressed(new IllegalStateException("also " + SECRET));

        faults.record(failure, "GET /x?key=" + SECRET);

        LogRecord record = records.get(0);
        String all = new SimpleFormatter().formatMessage(record) + trace(record.getThrown());
        assertFalse(all.contains(SECRET), all);
        assertTrue(all.contains("Suppressed: java.lang.IllegalStateException"), all);
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        faults.record(first, "GET /");

        assertTrue(trace(records.get(0).getThrown()).contains("CIRCULAR REFERENCE"));
    }

    private static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aClientThatClosedItsConnectionIsOneInfoLineWithoutAStack() {
        // as Grizzly reports a write to a connection the client has closed, wrapped as the servlet layers wrap it
        RuntimeException failure = new RuntimeException("could not write", new java.io.IOException("Connection is closed"));

        String reference = faults.record(failure, "GET /health/ready");

        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.INFO, record.getLevel());
        assertEquals(null, record.getThrown());
        assertEquals("The client closed the connection before the answer to GET /health/ready was written (" + reference
                + ")", new SimpleFormatter().formatMessage(record));
    }

    @Test
    void otherInputOutputFailuresStayFaults() {
        faults.record(new java.io.UncheckedIOException(new java.io.IOException("No space left on device")), "POST /x");

        assertEquals(Level.SEVERE, records.get(0).getLevel());
    }
}
