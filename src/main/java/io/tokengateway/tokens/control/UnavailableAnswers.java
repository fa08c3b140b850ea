package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.entity.MillicastEnvelope;
import java.time.Duration;

/**
 * The gateway's own answers, in Millicast's envelope, when it has no answer of the API to give: the upstream failed,
 * or the gateway did not call it (circuit open, too many calls under way, throttled, or held after the API's 429).
 * Each says in words what happened and, where waiting helps, carries a {@code Retry-After}.
 */
final class UnavailableAnswers {

    static final String MAY_HAVE_BEEN_CREATED = "The token may have been created; list tokens to check.";

    private UnavailableAnswers() {
    }

    /** No usable answer after {@code call}'s attempts; a create whose answer was lost says it may be done. */
    static UpstreamResponse failed(UpstreamUnavailableException failure, UpstreamCall call) {
        String message = failure.getMessage() + (call.attempts() > 1 ? " (" + call.attempts() + " attempts)" : "");
        if (isLostCreate(failure, call)) {
            message += ". " + MAY_HAVE_BEEN_CREATED;
        }
        return error(failure.status(), message, null);
    }

    /** A create went out, and whether it was made is unknown. */
    static boolean isLostCreate(UpstreamUnavailableException failure, UpstreamCall call) {
        return call.isCreate() && failure.outcomeUnknown();
    }

    static UpstreamResponse circuitOpen(int failures, Duration retryAfter) {
        return error(503, "The Millicast API is unavailable: after " + failures + " failed calls in a row the gateway "
                + "stopped calling it for a while; try again in " + RetryAfter.seconds(retryAfter) + " s", retryAfter);
    }

    static UpstreamResponse busy(int calls) {
        return error(503, "The Millicast API is slow to answer: the gateway is already waiting for " + calls
                + " calls to it; try again in a moment", Duration.ofSeconds(1));
    }

    static UpstreamResponse throttled(double perSecond, Duration retryAfter) {
        return error(503, "The gateway keeps its calls to the Millicast API under " + rate(perSecond) + " per second, "
                + "and that rate is taken for the next " + RetryAfter.seconds(retryAfter) + " s; try again then",
                retryAfter);
    }

    /** The API answered 429 earlier and asked for no calls until a moment that has not come yet. */
    static UpstreamResponse heldAfterTooManyRequests(Duration left) {
        return new UpstreamResponse(429, MillicastEnvelope.failMessage("Too Many Requests: the Millicast API asked for "
                + "no calls for " + RetryAfter.seconds(left) + " s more").toString(), RetryAfter.seconds(left));
    }

    private static UpstreamResponse error(int status, String message, Duration retryAfter) {
        return new UpstreamResponse(status, MillicastEnvelope.error(status, message).toString(),
                retryAfter == null ? null : RetryAfter.seconds(retryAfter));
    }

    private static String rate(double perSecond) {
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
    }
}
