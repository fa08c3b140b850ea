package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * How often an upstream call is tried: a call that is safe to repeat again after a {@link RepeatableUpstreamFailure},
 * with a jittered pause, within the caller's time budget; any other exactly once. Every attempt goes through the
 * one breaker and bulkhead of {@link GuardedUpstream}, and its outcome is shown to {@link UpstreamCircuit}.
 * <p>
 * The annotation's values are only fallbacks: {@code microprofile-config.properties} sets them from
 * {@code gateway.upstream.retry.*} and {@code gateway.upstream.budget.ms}.
 */
@ApplicationScoped
public class UpstreamRetries {

    @Inject
    GuardedUpstream upstream;

    @Inject
    UpstreamCircuit circuit;

    @Inject
    GatewaySettings settings;

    @Inject
    Meters meters;

    @Retry(maxRetries = 2, delay = 500, jitter = 250, maxDuration = 20_000, retryOn = RepeatableUpstreamFailure.class)
    public UpstreamResponse repeatable(UpstreamCall call) {
        if (call.attempts() > 0) {
            meters.count(Meter.UPSTREAM_RETRIES, "operation", call.operationName());
        }
        return attempt(call);
    }

    public UpstreamResponse once(UpstreamCall call) {
        return attempt(call);
    }

    private UpstreamResponse attempt(UpstreamCall call) {
        try {
            UpstreamResponse answer = upstream.send(call);
            if (!call.isWarmUp()) { // the simulator's answers say nothing of the upstream
                circuit.succeeded(answer.status());
            }
            return answer;
        } catch (CircuitBreakerOpenException e) {
            circuit.refused();
            throw e;
        } catch (UpstreamUnavailableException e) {
            circuit.failed();
            if (e instanceof RepeatableUpstreamFailure && call.timeLeft().compareTo(settings.longestRetryPause()) < 0) {
                throw new NoTimeForRetryException(e); // the next try could start only after the budget ends
            }
            throw e;
        } catch (RuntimeException e) {
            circuit.succeeded(); // the breaker counts any other outcome, a full bulkhead too, as no failure
            throw e;
        }
    }
}
