package io.tokengateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditEvent;
import io.tokengateway.platform.control.Redactor;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.Role;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditRowsTest {

    private static final Instant WHEN = Instant.parse("2026-11-28T10:00:00.123456789Z");
    private static final CallerIdentity ALICE = CallerIdentity.person("alice", Role.EDITOR, "10.0.0.1");
    private static final UnaryOperator<String> REDACTOR = new Redactor()::redact;
    private static final UnaryOperator<String> AS_IS = text -> text;

    @Test
    void storesWhoWhatAndWhen() {
        AuditEntry what = AuditEntry.succeeded("token.create").forToken(7, "lobby").withSummary("streams: lobby");

        AuditEvent row = AuditRows.row(ALICE, what, WHEN, REDACTOR);

        assertEquals(Instant.parse("2026-11-28T10:00:00.123456Z"), row.getOccurredAt());
        assertEquals("alice", row.getActor());
        assertEquals("person", row.getActorKind());
        assertEquals("editor", row.getActorRole());
        assertEquals("10.0.0.1", row.getClientAddress());
        assertEquals("token.create", row.getAction());
        assertEquals(7, row.getTokenId());
        assertEquals("lobby", row.getTokenLabel());
        assertEquals("streams: lobby", row.getSummary());
        assertEquals("200", row.getOutcome());
        assertNull(row.getId());
    }

    @Test
    void programsAreNamedByKeyLabelAndId() {
        AuditEvent row = AuditRows.row(CallerIdentity.apiKey(12, "ci-bot", Role.ADMIN, "10.0.0.2"),
                AuditEntry.succeeded("token.delete"), WHEN, REDACTOR);

        assertEquals("ci-bot (key 12)", row.getActor());
        assertEquals("api_key", row.getActorKind());
        assertEquals("admin", row.getActorRole());
    }

    @Test
    void anonymousCallersHaveNoRole() {
        AuditEvent row = AuditRows.row(CallerIdentity.anonymous("192.0.2.9"),
                AuditEntry.failed("login.failure", 401, "bad password"), WHEN, REDACTOR);

        assertEquals("anonymous", row.getActor());
        assertEquals("anonymous", row.getActorKind());
        assertNull(row.getActorRole());
        assertEquals("192.0.2.9", row.getClientAddress());
        assertEquals("401 bad password", row.getOutcome());
    }

    @Test
    void missingCallerIsRecordedAsAnonymous() {
        AuditEvent row = AuditRows.row(null, AuditEntry.succeeded("token.create"), WHEN, REDACTOR);

        assertEquals("anonymous", row.getActor());
        assertEquals("anonymous", row.getActorKind());
        assertNull(row.getClientAddress());
    }

    @Test
    void missingActionOutcomeOrNameIsStoredAsUnknown() {
        CallerIdentity nameless = CallerIdentity.person(" ", Role.VIEWER, null);

        AuditEvent row = AuditRows.row(nameless, new AuditEntry(null, null, null, null, ""), WHEN, REDACTOR);

        assertEquals("unknown", row.getActor());
        assertEquals("unknown", row.getAction());
        assertEquals("unknown", row.getOutcome());
    }

    @Test
    void masksTokenStringsAndPasswordsInSummaryAndLabel() {
        AuditEntry what = AuditEntry.succeeded("token.create")
                .forToken(7, "{\"token\":\"abc123\"}")
                .withSummary("{\"label\":\"lobby\",\"token\":\"abc123\",\"password\":\"hunter2\"}");

        AuditEvent row = AuditRows.row(ALICE, what, WHEN, REDACTOR);

        assertEquals("{\"token\":\"***\"}", row.getTokenLabel());
        assertEquals("{\"label\":\"lobby\",\"token\":\"***\",\"password\":\"***\"}", row.getSummary());
    }

    @Test
    void everyFreeTextGoesThroughTheRedactor() {
        UnaryOperator<String> marking = text -> text == null ? null : "<" + text + ">";
        AuditEntry what = AuditEntry.failed("token.update", 400, "validation: label").forToken(7, "lobby").withSummary("s");

        AuditEvent row = AuditRows.row(ALICE, what, WHEN, marking);

        assertEquals("<alice>", row.getActor());
        assertEquals("<10.0.0.1>", row.getClientAddress());
        assertEquals("<token.update>", row.getAction());
        assertEquals("<lobby>", row.getTokenLabel());
        assertEquals("<s>", row.getSummary());
        assertEquals("<400 validation: label>", row.getOutcome());
        assertEquals("person", row.getActorKind());
        assertEquals("editor", row.getActorRole());
    }

    @Test
    void cutsEveryTextToItsColumn() {
        CallerIdentity longNamed = CallerIdentity.person("n".repeat(300), Role.VIEWER, "a".repeat(100));
        AuditEntry what = new AuditEntry("x".repeat(100), 1, "l".repeat(300), "s".repeat(5000), "o".repeat(500));

        AuditEvent row = AuditRows.row(longNamed, what, WHEN, AS_IS);

        assertEquals("n".repeat(127) + "…", row.getActor());
        assertEquals("a".repeat(63) + "…", row.getClientAddress());
        assertEquals("x".repeat(63) + "…", row.getAction());
        assertEquals("l".repeat(127) + "…", row.getTokenLabel());
        assertEquals("s".repeat(1023) + "…", row.getSummary());
        assertEquals("o".repeat(255) + "…", row.getOutcome());
    }

    @Test
    void redactsBeforeCuttingSoThatNoPartOfASecretSurvives() {
        String summary = "s".repeat(1000) + "{\"token\":\"" + "SECRET".repeat(20) + "\"}";

        AuditEvent row = AuditRows.row(ALICE, AuditEntry.succeeded("token.create").withSummary(summary), WHEN, REDACTOR);

        // cut first, the open member would have kept 13 characters of the secret out of the redactor's sight
        assertEquals("s".repeat(1000) + "{\"token\":\"***\"}", row.getSummary());
    }

    @Test
    void textThatFitsStaysAsItIs() {
        assertEquals("s".repeat(1024), AuditRows.cut("s".repeat(1024), 1024));
        assertEquals("", AuditRows.cut("", 10));
        assertNull(AuditRows.cut(null, 10));
    }

    @Test
    void neverSplitsACharacterMadeOfTwoChars() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars

        String cut = AuditRows.cut("a".repeat(8) + emoji + "bbb", 10);

        assertEquals("a".repeat(8) + "…", cut);
        assertEquals("a".repeat(7) + emoji + "…", AuditRows.cut("a".repeat(7) + emoji + "bbb", 10));
    }
}
