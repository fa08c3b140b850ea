package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.control.UpstreamCalls;
import io.tokengateway.platform.entity.Meter;
import io.tokengateway.platform.entity.RequestOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Counts and times every answered request into {@link Meter#REQUESTS}, by method, route ({@link RequestRoutes}) and
 * {@link RequestOutcome} ({@link RequestRecording} hands it each one); the methods a client may spell are many, so
 * any but the usual ones count as {@code other}.
 */
@ApplicationScoped
public class RequestMetering {

    @Inject
    Meters meters;

    void record(HttpServletRequest request, int status, long nanos, UpstreamCalls.Summary upstream) {
        meters.time(Meter.REQUESTS, nanos, "method", method(request.getMethod()), "route", RequestRoutes.of(request),
                "outcome", RequestOutcome.of(status, upstream.lastStatus()).id());
    }

    private static String method(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> method;
            default -> "other";
        };
    }
}
