package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.entity.Meter;
import io.tokengateway.testing.RecordingMeters;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalUpstreamThrottleTest {

    private final LocalUpstreamThrottle throttle = new LocalUpstreamThrottle();
    private final RecordingMeters meters = new RecordingMeters();

    LocalUpstreamThrottleTest() {
        throttle.meters = meters;
    }

    @Test
    void aSecondsWorthOfCallsGoesAtOnceAndTheNextWaitsItsTurn() throws Exception {
        throttle.configure(10);
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), throttle.acquire(Duration.ZERO), "call " + (i + 1));
        }
        Optional<Duration> refused = throttle.acquire(Duration.ZERO);
        // the 11th permit is free 100 ms after the first was taken
        assertTrue(refused.isPresent() && !refused.get().isNegative() && refused.get().toMillis() <= 100,
                String.valueOf(refused));

        long started = System.nanoTime();
        assertEquals(Optional.empty(), throttle.acquire(Duration.ofSeconds(1)));
        assertEquals(Optional.empty(), throttle.acquire(Duration.ofSeconds(1)));
        long waited = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waited >= 100 && waited < 500, "the 11th and 12th waited " + waited + " ms");
        assertEquals(2, meters.times(Meter.THROTTLE_WAITS), "only the calls that waited count as waits");
    }

    @Test
    void aRateOfZeroLimitsNothing() throws Exception {
        throttle.configure(0);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Optional.empty(), throttle.acquire(Duration.ZERO));
        }
    }

    @Test
    void callsAreHeldAsLongAsThe429Asked() throws Exception {
        throttle.configure(50);
        assertEquals(Optional.empty(), throttle.held());

        throttle.holdFor(Duration.ofSeconds(2));
        throttle.holdFor(Duration.ofMillis(10)); // a shorter pause does not end a longer one

        Duration held = throttle.held().orElseThrow();
        assertTrue(held.toMillis() > 1800 && held.toMillis() <= 2000, held.toString());
    }
}
