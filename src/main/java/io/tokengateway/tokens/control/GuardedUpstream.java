package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
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
 * The gateway's own warm-up calls ({@link UpstreamCall#isWarmUp()}) go to a simulator of the warm-up's own, uncounted.
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

    /** Application-scoped: made at the warm-up's first call, never when the warm-up is off. */
    @Inject
    @WarmUpUpstream
    UpstreamTransport warmUpUpstream;

    @Inject
    UpstreamThrottle throttle;

    @Inject
    Meters meters;

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
        if (call.isWarmUp()) {
            return warmUpUpstream.send(call.request(), call.timeLeft()); // no throttle, no metrics
        }
        Optional<UpstreamResponse> held = holdBack(call);
        if (held.isPresent()) {
            return held.get();
        }
        call.attempted();
        UpstreamResponse answer = timed(call);
        if (answer.status() == 429) {
            throttle.holdFor(RetryAfter.parse(answer.retryAfter()).orElse(Duration.ofSeconds(1)));
        } else if (RepeatableUpstreamFailure.saysUnavailable(answer.status())) {
            throw new RepeatableUpstreamFailure(answer);
        }
        return answer;
    }

    /** The transport's answer, its time counted by the answer's status class, or as failed when none came. */
    private UpstreamResponse timed(UpstreamCall call) {
        long started = System.nanoTime();
        String result = "failed";
        try {
            UpstreamResponse answer = transport.send(call.request(), call.timeLeft());
            result = answer.status() / 100 + "xx";
            return answer;
        } finally {
            meters.time(Meter.UPSTREAM_CALLS, System.nanoTime() - started, "operation", call.operationName(),
                    "result", result);
        }
    }

    /** The gateway's own answer when the call must not go now: held after a 429, or no throttle permit in time. */
    private Optional<UpstreamResponse> holdBack(UpstreamCall call) {
        Optional<Duration> held = throttle.held();
        if (held.isPresent()) {
            return notSent(call, "held_after_429", UnavailableAnswers.heldAfterTooManyRequests(held.get()));
        }
        try {
            Optional<Duration> refused = throttle.acquire(call.timeLeft());
            if (refused.isPresent()) {
                return notSent(call, "throttled",
                        UnavailableAnswers.throttled(settings.upstreamCallsPerSecond(), refused.get()));
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(UnavailableAnswers.throttled(settings.upstreamCallsPerSecond(), Duration.ofSeconds(1)));
        }
    }

    private Optional<UpstreamResponse> notSent(UpstreamCall call, String reason, UpstreamResponse answer) {
        meters.count(Meter.UPSTREAM_NOT_SENT, "operation", call.operationName(), "reason", reason);
        return Optional.of(answer);
    }
}
