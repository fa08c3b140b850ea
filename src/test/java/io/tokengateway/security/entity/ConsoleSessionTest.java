package io.tokengateway.security.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    private static final Instant LOGIN = Instant.parse("2026-11-29T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    private static GatewayUser person() {
        return new GatewayUser("alice", "hash", Role.EDITOR, LOGIN.minusSeconds(86_400));
    }

    @Test
    void aSessionLastsUntilItsAbsoluteLifetimeWhateverTheActivity() {
        GatewayUser alice = person();
        ConsoleSession session = ConsoleSession.openedFor(alice, LOGIN);

        assertTrue(session.isValidFor(alice, LOGIN.plus(TWELVE_HOURS).minusSeconds(1), TWELVE_HOURS));
        assertFalse(session.isValidFor(alice, LOGIN.plus(TWELVE_HOURS), TWELVE_HOURS));
    }

    @Test
    void anyChangeOfRightsEndsTheSessionsOpenedBefore() {
        GatewayUser alice = person();
        ConsoleSession before = ConsoleSession.openedFor(alice, LOGIN);

        alice.endSessions();

        assertFalse(before.isValidFor(alice, LOGIN.plusSeconds(1), TWELVE_HOURS));
        assertTrue(ConsoleSession.openedFor(alice, LOGIN).isValidFor(alice, LOGIN.plusSeconds(1), TWELVE_HOURS));
    }

    @Test
    void aDisabledPersonHasNoSession() {
        GatewayUser alice = person();
        ConsoleSession session = ConsoleSession.openedFor(alice, LOGIN);

        alice.setDisabled(true);

        assertFalse(session.isValidFor(alice, LOGIN.plusSeconds(1), TWELVE_HOURS));
    }
}
