package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.entity.Meter;
import io.tokengateway.testing.RecordingMeters;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    @Test
    void everyRefusalIsCountedByItsKind() {
        RecordingMeters meters = new RecordingMeters();
        RateLimits limits = new RateLimits();
        limits.changesPerSecond = 1;
        limits.changesBurst = 1;
        limits.readsPerSecond = 0; // off
        limits.readsBurst = 1;
        limits.meters = meters;
        limits.create();

        assertTrue(limits.spend(RateLimits.Kind.CHANGE, "api_key:1").isEmpty());
        assertTrue(limits.spend(RateLimits.Kind.CHANGE, "api_key:1").isPresent());
        assertTrue(limits.spend(RateLimits.Kind.CHANGE, "api_key:1").isPresent());
        for (int i = 0; i < 10; i++) {
            assertTrue(limits.spend(RateLimits.Kind.READ, "api_key:1").isEmpty());
        }

        assertEquals(2, meters.times(Meter.RATE_LIMIT_REFUSALS, "kind", "changes"));
        assertEquals(0, meters.times(Meter.RATE_LIMIT_REFUSALS, "kind", "reads"));
    }
}
