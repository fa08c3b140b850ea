package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import java.time.Duration;

/**
 * Carries a request to a Millicast API and brings back its answer: the real one over HTTPS,
 * or the built-in sandbox in process.
 */
public interface UpstreamTransport {

    /**
     * Sends the request. Any answer the API gives, success or failure, is returned as it is.
     *
     * @throws UpstreamUnavailableException when no usable answer could be had (unreachable, timed out, cut off,
     *                                      too large, not complete JSON in the envelope)
     */
    UpstreamResponse send(UpstreamRequest request);

    /**
     * Sends the request, giving up when {@code timeLeft} has passed (the caller's time budget) if the transport can
     * wait no longer than that; a transport that answers at once ignores it.
     */
    default UpstreamResponse send(UpstreamRequest request, Duration timeLeft) {
        return send(request);
    }
}
