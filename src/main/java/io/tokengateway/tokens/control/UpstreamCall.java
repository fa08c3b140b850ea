package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import java.time.Duration;

/**
 * One call to the upstream as the caller sees it, however many attempts it takes: the request, the moment its time
 * budget ends, and how many attempts went out.
 */
public final class UpstreamCall {

    private final UpstreamRequest request;
    private final long deadline;
    private volatile int attempts;

    UpstreamCall(UpstreamRequest request, Duration budget) {
        this.request = request;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    public UpstreamRequest request() {
        return request;
    }

    /**
     * Whether repeating the call cannot do anything twice: reads, updates, deletes and the bulk disable (PUT, DELETE
     * and PATCH set a state); a POST (create, restream sync) is sent once.
     */
    boolean isRepeatable() {
        return !"POST".equals(request.method());
    }

    /** Whether it creates a token. */
    boolean isCreate() {
        return "POST".equals(request.method()) && !request.path().endsWith("/restream/sync");
    }

    Duration timeLeft() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    void attempted() {
        attempts++;
    }

    int attempts() {
        return attempts;
    }
}
