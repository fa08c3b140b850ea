package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final SettableClock clock = new SettableClock(START);
    private final LoginThrottle throttle =
            new LoginThrottle(5, 20, Duration.ofSeconds(300), Duration.ofMillis(250), clock);

    @Test
    void delaysGrowWithEachFailureThenTheNameIsLockedFromThatAddress() {
        List<Duration> delays = IntStream.range(0, 5)
                .mapToObj(i -> throttle.recordFailure("alice", "10.0.0.1"))
                .toList();

        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750),
                Duration.ofMillis(1000), Duration.ofMillis(1250)), delays);
        assertEquals(Optional.of(START.plusSeconds(300)), throttle.lockedUntil("alice", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedUntil("bob", "10.0.0.1"));
    }

    @Test
    void anAttackerElsewhereCannotLockAPersonOut() {
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("admin", "203.0.113.9");
        }

        assertTrue(throttle.lockedUntil("admin", "203.0.113.9").isPresent());
        assertEquals(Optional.empty(), throttle.lockedUntil("admin", "10.0.0.7"), "the admin at another address");
    }

    @Test
    void failuresOfOneNameFromManyAddressesLockNobodyElsewhere() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0." + i);
        }

        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.99"));
    }

    @Test
    void fourFailuresDoNotLock() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }

        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.1"));
    }

    @Test
    void delayIsCappedAtTwoSeconds() {
        LoginThrottle slow = new LoginThrottle(10, 20, Duration.ofSeconds(300), Duration.ofMillis(900), clock);

        assertEquals(Duration.ofMillis(900), slow.recordFailure("alice", "10.0.0.1"));
        assertEquals(Duration.ofMillis(1800), slow.recordFailure("alice", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(2), slow.recordFailure("alice", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(2), slow.recordFailure("alice", "10.0.0.1"));
    }

    @Test
    void anAddressTryingManyNamesIsLockedForEveryNameAtItsOwnLimit() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("user" + i, "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.lockedUntil("someone-else", "10.0.0.1"));

        throttle.recordFailure("user19", "10.0.0.1");

        assertEquals(Optional.of(START.plusSeconds(300)), throttle.lockedUntil("someone-else", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedUntil("someone-else", "10.0.0.2"));
        assertEquals(Optional.empty(), throttle.lockedUntil("user0", "10.0.0.2"));
    }

    @Test
    void lockExpiresAndTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(299));
        assertTrue(throttle.lockedUntil("alice", "10.0.0.1").isPresent());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.1"));
        assertEquals(Duration.ofMillis(250), throttle.recordFailure("alice", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.1"));
    }

    @Test
    void failuresWhileLockedNeitherCountNorExtendTheLock() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(100));
        throttle.recordFailure("alice", "10.0.0.1");

        assertEquals(Optional.of(START.plusSeconds(300)), throttle.lockedUntil("alice", "10.0.0.1"));
    }

    @Test
    void oldFailuresAreForgottenAfterTheLockTime() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(300));

        assertEquals(Duration.ofMillis(250), throttle.recordFailure("alice", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.1"));
    }

    @Test
    void successClearsTheNameFromThatAddressButNotTheAddressCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        for (int i = 0; i < 15; i++) {
            throttle.recordFailure("guess" + i, "10.0.0.1");
        }
        throttle.recordSuccess("alice", "10.0.0.1");

        assertEquals(Duration.ofMillis(250), throttle.recordFailure("alice", "10.0.0.1"));
        assertTrue(throttle.lockedUntil("anyone", "10.0.0.1").isPresent(), "20 failures from the address lock it");
    }

    @Test
    void anAdminUnlockLiftsTheNameFromEveryAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
            throttle.recordFailure("alice", "10.0.0.2");
            throttle.recordFailure("bob", "10.0.0.3");
        }
        assertTrue(throttle.isLockedAnywhere("ALICE"));

        throttle.unlock("Alice");

        assertFalse(throttle.isLockedAnywhere("alice"));
        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.1"));
        assertEquals(Optional.empty(), throttle.lockedUntil("alice", "10.0.0.2"));
        assertTrue(throttle.lockedUntil("bob", "10.0.0.3").isPresent(), "only alice is unlocked");
    }

    @Test
    void userNamesAreComparedCaseInsensitively() {
        throttle.recordFailure("Alice", "10.0.0.1");
        throttle.recordFailure("ALICE", "10.0.0.1");
        throttle.recordFailure("alice", "10.0.0.1");
        throttle.recordFailure(" aLiCe ", "10.0.0.1");
        throttle.recordFailure("alice", "10.0.0.1");

        assertEquals(Optional.of(START.plusSeconds(300)), throttle.lockedUntil("aLICE", "10.0.0.1"));
    }

    @Test
    void addressesAreComparedCaseInsensitively() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, i % 2 == 0 ? "FE80::1" : "fe80::1");
        }

        assertTrue(throttle.lockedUntil("someone", "fe80::1").isPresent());
    }

    @Test
    void theLaterOfTheNameAndAddressLocksIsReported() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.9");
        }
        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }

        assertEquals(Optional.of(START.plusSeconds(310)), throttle.lockedUntil("alice", "10.0.0.9"));
    }

    @Test
    void maxFailuresOfZeroNeverLocks() {
        LoginThrottle lenient = new LoginThrottle(0, 0, Duration.ofSeconds(300), Duration.ofMillis(250), clock);
        for (int i = 0; i < 40; i++) {
            lenient.recordFailure("alice", "10.0.0.1");
        }

        assertEquals(Optional.empty(), lenient.lockedUntil("alice", "10.0.0.1"));
    }

    @Test
    void keepsAtMostMaxEntriesPerKindAndKeepsLockedOnes() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES * 2; i++) {
            throttle.recordFailure("user" + i, "addr" + i);
        }

        assertTrue(throttle.trackedKeys() <= 2 * LoginThrottle.MAX_ENTRIES, "tracked " + throttle.trackedKeys());
        assertEquals(Optional.of(START.plusSeconds(300)), throttle.lockedUntil("alice", "10.0.0.1"));
    }
}
