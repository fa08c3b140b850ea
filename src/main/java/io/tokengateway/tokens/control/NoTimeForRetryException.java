package io.tokengateway.tokens.control;

/**
 * A call safe to repeat failed with too little of its time budget left for the pause and another try: it ends with
 * this failure now, rather than after a try that could only start when the caller has stopped waiting.
 */
class NoTimeForRetryException extends RuntimeException {

    private final transient UpstreamUnavailableException failure;

    NoTimeForRetryException(UpstreamUnavailableException failure) {
        super(failure.getMessage(), failure, false, false);
        this.failure = failure;
    }

    UpstreamUnavailableException failure() {
        return failure;
    }
}
