package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.GatewaySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * What the circuit breaker around the upstream ({@link GuardedUpstream#send}) is doing, for a readiness check and
 * for the {@code Retry-After} of the answers it refuses. MicroProfile Fault Tolerance lets no one read a breaker's
 * state, so this follows the same outcomes with the same rule: {@code gateway.upstream.breaker.failures} failures in
 * a row open it for {@code gateway.upstream.breaker.delay.ms}; then it lets trial calls through (half-open), and one
 * success closes it.
 */
@ApplicationScoped
public class UpstreamCircuit {

    @Inject
    GatewaySettings settings;

    private int failuresInARow;
    private long openUntil;
    private boolean open;

    /** Whether calls are refused at once now; false again once the breaker lets a trial call through. */
    public synchronized boolean isOpen() {
        return open && openUntil - System.nanoTime() > 0;
    }

    /** How long until the breaker lets a call through again; at least a second. */
    synchronized Duration retryAfter() {
        return Duration.ofNanos(Math.max(Duration.ofSeconds(1).toNanos(), openUntil - System.nanoTime()));
    }

    synchronized void succeeded() {
        failuresInARow = 0;
        open = false;
    }

    synchronized void failed() {
        failuresInARow++;
        if (failuresInARow >= settings.breakerFailures()) {
            openFor(settings.breakerDelay());
        }
    }

    /** The breaker refused a call: it is open, whatever this view thought. */
    synchronized void refused() {
        if (!isOpen()) {
            openFor(Duration.ofSeconds(1));
        }
    }

    private void openFor(Duration delay) {
        open = true;
        openUntil = System.nanoTime() + delay.toNanos();
    }
}
