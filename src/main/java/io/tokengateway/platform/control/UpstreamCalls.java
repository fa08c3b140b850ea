package io.tokengateway.platform.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the current request asked of the upstream API: how many calls, the status of the last one and the time they
 * took together. Written by the one place that calls upstream, read by the access log.
 */
@RequestScoped
public class UpstreamCalls {

    private int count;
    private int lastStatus;
    private long totalMillis;

    public void record(int status, long millis) {
        count++;
        lastStatus = status;
        totalMillis += millis;
    }

    public int count() {
        return count;
    }

    /** The status of the last upstream answer, or 0 when there was no upstream call. */
    public int lastStatus() {
        return lastStatus;
    }

    public long totalMillis() {
        return totalMillis;
    }
}
