package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.entity.Meter;
import io.tokengateway.testing.RecordingMeters;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpstreamCircuitTest {

    private final RecordingMeters meters = new RecordingMeters();
    private final UpstreamCircuit circuit = new UpstreamCircuit();

    UpstreamCircuitTest() {
        circuit.settings = new GatewaySettings() {
            @Override
            public int breakerFailures() {
                return 3;
            }

            @Override
            public Duration breakerDelay() {
                return Duration.ofMillis(200);
            }
        };
        circuit.meters = meters;
        circuit.watch();
    }

    @Test
    void itOpensAfterTheFailuresInARowOnceAndClosesOnASuccessOnce() throws Exception {
        circuit.failed();
        circuit.failed();
        assertFalse(circuit.isOpen());
        assertEquals(0, meters.gauge(Meter.CIRCUIT_OPEN).intValue());

        circuit.failed();
        circuit.failed(); // already open: no second transition
        assertTrue(circuit.isOpen());
        assertEquals(1, meters.gauge(Meter.CIRCUIT_OPEN).intValue());
        assertEquals(1, meters.times(Meter.CIRCUIT_TRANSITIONS, "to", "open"));

        Thread.sleep(250); // the breaker's delay: half-open
        assertFalse(circuit.isOpen());
        circuit.succeeded(200);
        circuit.succeeded(200);
        assertEquals(1, meters.times(Meter.CIRCUIT_TRANSITIONS, "to", "closed"));
        assertEquals(0, meters.gauge(Meter.CIRCUIT_OPEN).intValue());
    }

    @Test
    void onlyASuccessfulAnswerCountsAsTheUpstreamAnswering() {
        assertFalse(circuit.answeredWithin(Duration.ofMinutes(1)));

        circuit.succeeded(401); // the upstream is there but refuses the gateway: not known to work
        assertFalse(circuit.answeredWithin(Duration.ofMinutes(1)));

        circuit.succeeded(200);
        assertTrue(circuit.answeredWithin(Duration.ofMinutes(1)));
        assertFalse(circuit.answeredWithin(Duration.ZERO));
    }
}
