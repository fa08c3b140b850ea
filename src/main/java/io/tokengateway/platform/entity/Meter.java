package io.tokengateway.platform.entity;

/**
 * The one table of the gateway's own metrics (MicroProfile Metrics, application scope), each with what it counts.
 * Shown by {@code GET /admin/metrics} next to the server's base metrics, among them MicroProfile Fault Tolerance's
 * own ({@code ft_*}). Tags carry only names from fixed sets (route templates, operations, results), never a path, a
 * token, a key or a person.
 */
public enum Meter {
    REQUESTS("gateway.requests", Kind.TIMER,
            "Requests answered, by method, route template and outcome (ok; client: refused for the caller's request; "
            + "upstream: the API failed, was unavailable or throttled; gateway: the gateway's own fault), with "
            + "the time from the request's arrival to its answer"),
    UPSTREAM_CALLS("gateway.upstream.calls", Kind.TIMER,
            "Attempts at an upstream call, by operation and result (the answer's status class, or failed when "
            + "none came), with the upstream's time"),
    UPSTREAM_RETRIES("gateway.upstream.retries", Kind.COUNTER,
            "Upstream calls tried again after a failure that is safe to repeat, by operation"),
    UPSTREAM_NOT_SENT("gateway.upstream.not.sent", Kind.COUNTER,
            "Upstream calls the gateway did not send, by operation and reason (circuit_open, bulkhead_full, "
            + "throttled, held_after_429)"),
    CIRCUIT_OPEN("gateway.upstream.circuit.open", Kind.GAUGE,
            "1 while the circuit breaker towards the upstream refuses calls, else 0"),
    CIRCUIT_TRANSITIONS("gateway.upstream.circuit.transitions", Kind.COUNTER,
            "Changes of the upstream circuit breaker's state, by the state it went to (open, closed)"),
    THROTTLE_WAITS("gateway.upstream.throttle.waits", Kind.TIMER,
            "Upstream calls that waited for the shared throttle's permit, with the time they waited"),
    RATE_LIMIT_REFUSALS("gateway.rate.limit.refusals", Kind.COUNTER,
            "Calls refused with 429 by a caller's rate limit, by kind (changes, reads)"),
    IDEMPOTENT_REPEATS("gateway.idempotent.repeats", Kind.COUNTER,
            "Creates that came again under a used Idempotency-Key, by result (replayed: the first answer again; "
            + "other_body: 422; in_progress: 409)");

    /** How a meter is shown. */
    public enum Kind {
        COUNTER, TIMER, GAUGE
    }

    private final String id;
    private final Kind kind;
    private final String description;

    Meter(String id, Kind kind, String description) {
        this.id = id;
        this.kind = kind;
        this.description = description;
    }

    /** The metric's name, e.g. {@code gateway.requests} (shown as {@code gateway_requests_seconds}). */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
