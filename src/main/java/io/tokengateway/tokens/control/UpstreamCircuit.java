package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
import jakarta.annotation.PostConstruct;
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

    @Inject
    Meters meters;

    private int failuresInARow;
    private long openUntil;
    private boolean open;
    private long lastAnswer;
    private boolean answered;

    @PostConstruct
    void watch() {
        meters.watch(Meter.CIRCUIT_OPEN, () -> isOpen() ? 1 : 0);
    }

    /** Whether calls are refused at once now; false again once the breaker lets a trial call through. */
    public synchronized boolean isOpen() {
        return open && openUntil - System.nanoTime() > 0;
    }

    /** How long until the breaker lets a call through again; at least a second. */
    synchronized Duration retryAfter() {
        return Duration.ofNanos(Math.max(Duration.ofSeconds(1).toNanos(), openUntil - System.nanoTime()));
    }

    /** Whether the upstream answered a call with success (2xx) within {@code recently}: it is known to work. */
    public synchronized boolean answeredWithin(Duration recently) {
        return answered && System.nanoTime() - lastAnswer < recently.toNanos();
    }

    /** An attempt got the upstream's answer with {@code status}: no failure, and a success when it is 2xx. */
    synchronized void succeeded(int status) {
        if (status / 100 == 2) {
            lastAnswer = System.nanoTime();
            answered = true;
        }
        succeeded();
    }

    synchronized void succeeded() {
        failuresInARow = 0;
        if (open) {
            open = false;
            meters.count(Meter.CIRCUIT_TRANSITIONS, "to", "closed");
        }
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
        if (!isOpen()) {
            meters.count(Meter.CIRCUIT_TRANSITIONS, "to", "open");
        }
        open = true;
        openUntil = System.nanoTime() + delay.toNanos();
    }
}
