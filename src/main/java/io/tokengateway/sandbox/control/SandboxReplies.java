package io.tokengateway.sandbox.control;

import io.tokengateway.contract.control.Refusals;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.json.JsonValue;

/** The sandbox's own answers, those that depend on stored tokens; refusals of the request itself are {@link Refusals}. */
final class SandboxReplies {

    private SandboxReplies() {
    }

    static UpstreamResponse ok(JsonValue data) {
        return new UpstreamResponse(200, MillicastEnvelope.success(data).toString());
    }

    static String noSuchTokenMessage(TokenKind kind, int id) {
        return "No " + kind.word() + " token with id: " + id;
    }

    static UpstreamResponse noSuchToken(TokenKind kind, int id) {
        return Refusals.fieldFailure("tokenId", noSuchTokenMessage(kind, id));
    }

    static UpstreamResponse storeFull(int capacity) {
        return Refusals.fieldFailure("token", "Sandbox limit of " + capacity + " tokens reached; delete some first.");
    }

    /** A fault made on purpose ({@link SandboxFaults}), shaped as the API's own 503. */
    static UpstreamResponse unavailable() {
        return new UpstreamResponse(503, MillicastEnvelope.error(503,
                "Service Unavailable (a sandbox fault: gateway.sandbox.fault.failure.share)").toString());
    }

    static UpstreamResponse internalError() {
        return new UpstreamResponse(500,
                MillicastEnvelope.error(500, "The sandbox failed to process the request.").toString());
    }
}
