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

    /**
     * What was recorded, read at once: each call through this request-scoped bean's proxy costs a context look-up
     * (docs/performance.md), so readers ask once per request.
     */
    public Summary summary() {
        return new Summary(count, lastStatus, totalMillis);
    }

    /** What the request asked of the upstream: {@code count} calls, the last answered {@code lastStatus} (0: none). */
    public record Summary(int count, int lastStatus, long totalMillis) {
    }
}
