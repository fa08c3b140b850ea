package io.tokengateway.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void succeededHasOutcome200AndNothingElse() {
        assertEquals(new AuditEntry("token.create", null, null, null, "200"), AuditEntry.succeeded(AuditActions.TOKEN_CREATE));
    }

    @Test
    void failedJoinsStatusAndReason() {
        assertEquals("403 forbidden", AuditEntry.failed("token.delete", 403, "forbidden").outcome());
        assertEquals("502 upstream unreachable", AuditEntry.failed("token.create", 502, " upstream unreachable ").outcome());
        assertEquals("401", AuditEntry.failed("login.failure", 401, null).outcome());
        assertEquals("404", AuditEntry.failed("token.update", 404, " ").outcome());
    }

    @Test
    void invalidListsTheFieldsThatBrokeTheRules() {
        assertEquals("400 validation: label", AuditEntry.invalid("token.create", List.of("label")).outcome());
        assertEquals("400 validation: label, streams",
                AuditEntry.invalid("token.create", List.of("label", "streams")).outcome());
        assertEquals("400 validation", AuditEntry.invalid("token.create", List.of()).outcome());
    }

    @Test
    void withersChangeOnlyTheirPart() {
        AuditEntry entry = AuditEntry.succeeded("token.update")
                .forToken(7, "lobby")
                .withSummary("isActive: false");

        assertEquals(new AuditEntry("token.update", 7, "lobby", "isActive: false", "200"), entry);
        assertEquals(new AuditEntry("token.update", 7, "lobby", "isActive: false", "502 upstream unreachable"),
                entry.withOutcome(502, "upstream unreachable"));
        assertEquals(new AuditEntry("token.update", 7, "lobby", "isActive: false", "409 conflict"),
                entry.withOutcome("409 conflict"));
    }

    @Test
    void ofTakesActionAndOutcome() {
        assertEquals(new AuditEntry("apikey.revoke", null, null, null, "404 no such key"),
                AuditEntry.of(AuditActions.APIKEY_REVOKE, "404 no such key"));
    }
}
