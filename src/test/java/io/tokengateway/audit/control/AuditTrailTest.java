package io.tokengateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.audit.entity.AuditRow;
import io.tokengateway.platform.control.Redactor;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final Actor ALICE = new Actor("person", "alice", "editor", "10.0.0.1");

    private final List<AuditRow> written = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(AuditTrailTest.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AuditTrail trail;

    @BeforeEach
    void setUp() {
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
        trail = new AuditTrail();
        trail.redactor = new Redactor();
        trail.logger = logger;
    }

    @AfterEach
    void tearDown() {
        logger.removeHandler(capture);
    }

    private void writerThat(RuntimeException failure) {
        trail.writer = new AuditWriter() {
            @Override
            public void write(AuditRow row) {
                if (failure != null) {
                    throw failure;
                }
                written.add(row);
            }
        };
    }

    @Test
    void writesOneRedactedRow() {
        writerThat(null);

        trail.record(new AuditEntry(ALICE, "token.create", null, null, "{\"token\":\"abc\"}", AuditOutcome.SUCCESS));

        assertEquals(1, written.size());
        assertEquals("{\"token\":\"***\"}", written.get(0).getSummary());
        assertTrue(logged.isEmpty());
    }

    @Test
    void theRowKeepsTheKindOfTokenItIsAbout() {
        writerThat(null);

        trail.record(new AuditEntry(ALICE, "token.update", 41, "cam", "update", AuditOutcome.SUCCESS, "subscribe"));
        trail.record(new AuditEntry(ALICE, "token.update", 41, "cam", "update", AuditOutcome.SUCCESS));

        assertEquals("subscribe", written.get(0).getTokenKind());
        assertEquals(41, written.get(0).getTokenId());
        assertEquals(null, written.get(1).getTokenKind());
    }

    @Test
    void aFailedWriteIsLoggedAsSevereAndNotThrown() {
        writerThat(new IllegalStateException("insert failed",
                new RuntimeException("bind => [{\"token\":\"abc\"}, {\"password\":\"hunter2\"}]")));

        trail.record(AuditEntry.of(ALICE, "token.create", AuditOutcome.of(502, "upstream unreachable")));

        assertEquals(1, logged.size());
        LogRecord record = logged.get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        String text = MessageFormat.format(record.getMessage(), record.getParameters());
        assertEquals("Audit event token.create by person:alice with outcome 502 upstream unreachable not written: "
                + "java.lang.IllegalStateException: insert failed <- java.lang.RuntimeException: "
                + "bind => [{\"token\":\"***\"}, {\"password\":\"***\"}]", text);
        assertFalse(text.contains("hunter2"));
    }

    @Test
    void badArgumentsAreLoggedNotThrown() {
        writerThat(null);

        trail.record(null);

        assertTrue(written.isEmpty());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
    }
}
