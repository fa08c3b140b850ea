package io.tokengateway.platform.entity;

/**
 * How a request ended, for the metrics: answered, refused for the caller's own request, failed because of the
 * upstream, or failed in the gateway itself.
 */
public enum RequestOutcome {
    OK, CLIENT, UPSTREAM, GATEWAY;

    /**
     * The outcome of an answer with {@code status}, the last upstream answer's status being {@code upstreamStatus}
     * (0 when nothing was asked upstream): 502, 503 and 504 are the upstream's (unreachable, unavailable, breaker
     * open, too slow), and so is a 429 or another 5xx the upstream gave; any other 4xx is the caller's; a 500 of
     * the gateway's own making is the gateway's.
     */
    public static RequestOutcome of(int status, int upstreamStatus) {
        if (status < 400) {
            return OK;
        }
        if (status == 502 || status == 503 || status == 504) {
            return UPSTREAM;
        }
        if (status == upstreamStatus && (status == 429 || status >= 500)) {
            return UPSTREAM;
        }
        return status < 500 ? CLIENT : GATEWAY;
    }

    /** The tag value: {@code ok}, {@code client}, {@code upstream}, {@code gateway}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
