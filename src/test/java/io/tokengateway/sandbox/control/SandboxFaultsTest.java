package io.tokengateway.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {

    private static List<Integer> statuses(SandboxFaults faults, int calls) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(faults.strike().map(answer -> answer.status()).orElse(200));
        }
        return statuses;
    }

    @Test
    void aShareOfCallsIsAnswered503SpreadEvenly() {
        assertEquals(List.of(200, 503, 200, 503, 200, 503), statuses(new SandboxFaults(Duration.ZERO, 0.5), 6));
        assertEquals(List.of(200, 200, 200, 503, 200, 200, 200, 503), statuses(new SandboxFaults(Duration.ZERO, 0.25), 8));
        assertEquals(List.of(503, 503, 503), statuses(new SandboxFaults(Duration.ZERO, 1), 3));
        assertEquals(List.of(200, 200, 200), statuses(SandboxFaults.NONE, 3));
    }

    @Test
    void theFailureIsTheApisOwn503Envelope() {
        var answer = new SandboxFaults(Duration.ZERO, 1).strike().orElseThrow();
        assertEquals("{\"status\":\"error\",\"message\":\"Service Unavailable (a sandbox fault: "
                + "gateway.sandbox.fault.failure.share)\",\"code\":503,\"data\":{}}", answer.body());
    }

    @Test
    void everyCallWaitsTheLatency() {
        SandboxFaults slow = new SandboxFaults(Duration.ofMillis(120), 0);
        long started = System.nanoTime();
        slow.strike();
        slow.strike();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 240, "took " + millis + " ms");
    }
}
