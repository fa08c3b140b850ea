package io.tokengateway.sandbox.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trouble the sandbox makes on purpose when told to ({@code gateway.sandbox.fault.latency.ms},
 * {@code gateway.sandbox.fault.failure.share}), so that people see the gateway's retries, its circuit breaker and the
 * console's messages without an outage: a delay before every answer, and a share of calls answered 503 as an unwell
 * API would. The failures are spread evenly, not at random (a share of 0.5 fails every second call), so a demo or a
 * test sees the same thing each time.
 */
final class SandboxFaults {

    static final SandboxFaults NONE = new SandboxFaults(Duration.ZERO, 0);

    private final Duration latency;
    private final double failureShare;
    private final AtomicLong calls = new AtomicLong();

    SandboxFaults(Duration latency, double failureShare) {
        this.latency = latency;
        this.failureShare = failureShare;
    }

    /** Waits the configured latency; then the 503 this call gets, if it is one of the share that fails. */
    Optional<UpstreamResponse> strike() {
        if (!latency.isZero()) {
            try {
                TimeUnit.MILLISECONDS.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failureShare <= 0) {
            return Optional.empty();
        }
        long call = calls.incrementAndGet();
        boolean fails = Math.floor(call * failureShare) > Math.floor((call - 1) * failureShare);
        return fails ? Optional.of(SandboxReplies.unavailable()) : Optional.empty();
    }
}
