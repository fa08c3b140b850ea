package io.tokengateway.tokens.control;

/** No usable answer came from the upstream API: unreachable or broken (502), or too slow (504); the message says which in words. */
public class UpstreamUnavailableException extends RuntimeException {

    private final int status;

    public UpstreamUnavailableException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The gateway status that describes the failure: 502 Bad Gateway or 504 Gateway Timeout. */
    public int status() {
        return status;
    }
}
