package io.tokengateway.tokens.control;

/**
 * No usable answer came from the upstream API: unreachable or broken (502), or too slow (504); the message says which
 * in words. It also says whether the request may have reached the API all the same, so that a change may have been
 * made although its answer was lost.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final int status;
    private final boolean outcomeUnknown;

    public UpstreamUnavailableException(int status, String message) {
        this(status, message, false);
    }

    /** @param outcomeUnknown the request may have reached the API and taken effect: only its answer was lost */
    public UpstreamUnavailableException(int status, String message, boolean outcomeUnknown) {
        super(message);
        this.status = status;
        this.outcomeUnknown = outcomeUnknown;
    }

    /** The gateway status that describes the failure: 502 Bad Gateway, 503 or 504 Gateway Timeout. */
    public int status() {
        return status;
    }

    /** Whether the request may have reached the API and taken effect although no answer came back. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
