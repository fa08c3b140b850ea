package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One attempt at an upstream call, behind the upstream's one circuit breaker and one bulkhead: through the real API
 * when a secret is configured, else the built-in sandbox; within the shared throttle and the caller's time budget.
 * An answer saying the API is unavailable (502, 503, 504) is thrown as a failure, so that it counts for the breaker
 * and may be retried; a 429 holds every call for as long as its {@code Retry-After} asks.
 * <p>
 * The annotations' values are only fallbacks: {@code microprofile-config.properties} sets them from
 * {@code gateway.upstream.breaker.*} and {@code gateway.upstream.concurrent.calls}.
 */
@ApplicationScoped
public class GuardedUpstream {

    @Inject
    GatewaySettings settings;

    @Inject
    Instance<HttpUpstream> httpUpstream;

    @Inject
    @Sandbox
    Instance<UpstreamTransport> sandboxUpstream;

    @Inject
    UpstreamThrottle throttle;

    private UpstreamTransport transport;

    @PostConstruct
    void chooseTransport() {
        transport = settings.isSandbox() ? sandboxUpstream.get() : httpUpstream.get();
    }

    /**
     * @throws UpstreamUnavailableException when no usable answer came ({@link RepeatableUpstreamFailure} when another
     *                                      try may help)
     */
    @CircuitBreaker(requestVolumeThreshold = 5, failureRatio = 1.0, delay = 30_000, successThreshold = 1,
            failOn = UpstreamUnavailableException.class)
    @Bulkhead(20)
    public UpstreamResponse send(UpstreamCall call) {
        Optional<UpstreamResponse> held = holdBack(call);
        if (held.isPresent()) {
            return held.get();
        }
        call.attempted();
        UpstreamResponse answer = transport.send(call.request(), call.timeLeft());
        if (answer.status() == 429) {
            throttle.holdFor(RetryAfter.parse(answer.retryAfter()).orElse(Duration.ofSeconds(1)));
        } else if (RepeatableUpstreamFailure.saysUnavailable(answer.status())) {
            throw new RepeatableUpstreamFailure(answer);
        }
        return answer;
    }

    /** The gateway's own answer when the call must not go now: held after a 429, or no throttle permit in time. */
    private Optional<UpstreamResponse> holdBack(UpstreamCall call) {
        Optional<Duration> held = throttle.held();
        if (held.isPresent()) {
            return Optional.of(UnavailableAnswers.heldAfterTooManyRequests(held.get()));
        }
        try {
            return throttle.acquire(call.timeLeft())
                    .map(wait -> UnavailableAnswers.throttled(settings.upstreamCallsPerSecond(), wait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(UnavailableAnswers.throttled(settings.upstreamCallsPerSecond(), Duration.ofSeconds(1)));
        }
    }
}
