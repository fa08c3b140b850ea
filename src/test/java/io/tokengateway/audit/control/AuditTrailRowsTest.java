package io.tokengateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.audit.entity.AuditRow;
import io.tokengateway.platform.control.Redactor;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditTrailRowsTest {

    private static final Instant WHEN = Instant.parse("2026-11-28T10:00:00.123456789Z");
    private static final Actor ALICE = new Actor("person", "alice", "editor", "10.0.0.1");
    private static final UnaryOperator<String> REDACTOR = new Redactor()::redact;
    private static final UnaryOperator<String> AS_IS = text -> text;

    @Test
    void storesWhoWhatAndWhen() {
        AuditEntry what = new AuditEntry(ALICE, "token.create", 7, "lobby", "streams: lobby", AuditOutcome.SUCCESS);

        AuditRow row = AuditTrail.row(what, WHEN, REDACTOR);

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
        Actor program = new Actor("api_key", "ci-bot (key 12)", "admin", "10.0.0.2");
        AuditRow row = AuditTrail.row(AuditEntry.of(program, "token.delete", AuditOutcome.SUCCESS), WHEN, REDACTOR);

        assertEquals("ci-bot (key 12)", row.getActor());
        assertEquals("api_key", row.getActorKind());
        assertEquals("admin", row.getActorRole());
    }

    @Test
    void anonymousCallersHaveNoRole() {
        AuditRow row = AuditTrail.row(AuditEntry.of(Actor.anonymous("192.0.2.9", null), "login.failure",
                AuditOutcome.of(401, "bad password")), WHEN, REDACTOR);

        assertEquals("anonymous", row.getActor());
        assertEquals("anonymous", row.getActorKind());
        assertNull(row.getActorRole());
        assertEquals("192.0.2.9", row.getClientAddress());
        assertEquals("401 bad password", row.getOutcome());
    }

    @Test
    void missingCallerIsRecordedAsAnonymous() {
        AuditRow row = AuditTrail.row(AuditEntry.of(null, "token.create", AuditOutcome.SUCCESS), WHEN, REDACTOR);

        assertEquals("anonymous", row.getActor());
        assertEquals("anonymous", row.getActorKind());
        assertNull(row.getClientAddress());
    }

    @Test
    void missingActionOutcomeOrNameIsStoredAsUnknown() {
        Actor nameless = new Actor("person", " ", "viewer", null);

        AuditRow row = AuditTrail.row(new AuditEntry(nameless, null, null, null, null, ""), WHEN, REDACTOR);

        assertEquals("unknown", row.getActor());
        assertEquals("unknown", row.getAction());
        assertEquals("unknown", row.getOutcome());
    }

    @Test
    void masksTokenStringsAndPasswordsInSummaryAndLabel() {
        AuditEntry what = new AuditEntry(ALICE, "token.create", 7, "{\"token\":\"abc123\"}",
                "{\"label\":\"lobby\",\"token\":\"abc123\",\"password\":\"hunter2\"}", AuditOutcome.SUCCESS);

        AuditRow row = AuditTrail.row(what, WHEN, REDACTOR);

        assertEquals("{\"token\":\"***\"}", row.getTokenLabel());
        assertEquals("{\"label\":\"lobby\",\"token\":\"***\",\"password\":\"***\"}", row.getSummary());
    }

    @Test
    void everyFreeTextGoesThroughTheRedactor() {
        UnaryOperator<String> marking = text -> text == null ? null : "<" + text + ">";
        AuditEntry what = new AuditEntry(ALICE, "token.update", 7, "lobby", "s", AuditOutcome.invalid(List.of("label")));

        AuditRow row = AuditTrail.row(what, WHEN, marking);

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
        Actor longNamed = new Actor("person", "n".repeat(300), "viewer", "a".repeat(100));
        AuditEntry what = new AuditEntry(longNamed, "x".repeat(100), 1, "l".repeat(300), "s".repeat(5000), "o".repeat(500));

        AuditRow row = AuditTrail.row(what, WHEN, AS_IS);

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

        AuditRow row = AuditTrail.row(new AuditEntry(ALICE, "token.create", null, null, summary, AuditOutcome.SUCCESS), WHEN, REDACTOR);

        // cut first, the open member would have kept 13 characters of the secret out of the redactor's sight
        assertEquals("s".repeat(1000) + "{\"token\":\"***\"}", row.getSummary());
    }

    @Test
    void textThatFitsStaysAsItIs() {
        assertEquals("s".repeat(1024), AuditTrail.cut("s".repeat(1024), 1024));
        assertEquals("", AuditTrail.cut("", 10));
        assertNull(AuditTrail.cut(null, 10));
    }

    @Test
    void neverSplitsACharacterMadeOfTwoChars() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars

        String cut = AuditTrail.cut("a".repeat(8) + emoji + "bbb", 10);

        assertEquals("a".repeat(8) + "…", cut);
        assertEquals("a".repeat(7) + emoji + "…", AuditTrail.cut("a".repeat(7) + emoji + "bbb", 10));
    }
}
