package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One call to the upstream as the caller sees it, however many attempts it takes: the operation and request, the
 * moment its time budget ends, and how many attempts went out.
 */
public final class UpstreamCall {

    private static final Map<Operation, String> NAMES = Arrays.stream(Operation.values()).collect(Collectors.toMap(
            operation -> operation, operation -> operation.name().toLowerCase(Locale.ROOT), (a, b) -> a,
            () -> new EnumMap<>(Operation.class)));

    private final Operation operation;
    private final UpstreamRequest request;
    private final long deadline;
    private final boolean warmUp;
    private volatile int attempts;

    UpstreamCall(Operation operation, UpstreamRequest request, Duration budget) {
        this(operation, request, System.nanoTime() + budget.toNanos(), false);
    }

    private UpstreamCall(Operation operation, UpstreamRequest request, long deadline, boolean warmUp) {
        this.operation = operation;
        this.request = request;
        this.deadline = deadline;
        this.warmUp = warmUp;
    }

    /** The same call made by the gateway's own warm-up: it goes to the warm-up's simulator, and nothing counts it. */
    UpstreamCall forWarmUp() {
        return new UpstreamCall(operation, request, deadline, true);
    }

    boolean isWarmUp() {
        return warmUp;
    }

    /** The metrics' name for the call's operation, e.g. {@code publish_read}. */
    String operationName() {
        return NAMES.get(operation);
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
