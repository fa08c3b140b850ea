package io.tokengateway.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditOutcomeTest {

    private static final Actor ALICE = new Actor("person", "alice", "editor", "10.0.0.1");

    @Test
    void successIs200() {
        assertEquals("200", AuditOutcome.SUCCESS);
        assertEquals(new AuditEntry(ALICE, "token.create", null, null, null, "200"),
                AuditEntry.of(ALICE, AuditActions.TOKEN_CREATE, AuditOutcome.SUCCESS));
    }

    @Test
    void joinsStatusAndReason() {
        assertEquals("403 forbidden", AuditOutcome.of(403, "forbidden"));
        assertEquals("502 upstream unreachable", AuditOutcome.of(502, " upstream unreachable "));
        assertEquals("401", AuditOutcome.of(401, null));
        assertEquals("404", AuditOutcome.of(404, " "));
    }

    @Test
    void invalidListsTheFieldsThatBrokeTheRules() {
        assertEquals("400 validation: label", AuditOutcome.invalid(List.of("label")));
        assertEquals("400 validation: label, streams", AuditOutcome.invalid(List.of("label", "streams")));
        assertEquals("400 validation", AuditOutcome.invalid(List.of()));
        assertEquals("validation: label, streams", AuditOutcome.validation(List.of("label", "streams")));
    }

    @Test
    void aCountedRowSaysHowMany() {
        assertEquals("401 Unauthorized ×312", AuditOutcome.counted("401 Unauthorized", 312));
    }

    @Test
    void ofTakesActionAndOutcome() {
        assertEquals(new AuditEntry(ALICE, "apikey.revoke", null, null, null, "404 no such key"),
                AuditEntry.of(ALICE, AuditActions.APIKEY_REVOKE, "404 no such key"));
    }
}
