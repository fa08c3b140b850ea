package io.tokengateway.security.control;

import java.util.Optional;

/**
 * A change to people that their rules refuse: the HTTP status, the reason the audit row gives, and the member the
 * message is about (if any). One mapper answers all of them in Millicast's shape.
 */
public abstract class PeopleRuleException extends RuntimeException {

    private final int status;
    private final String auditReason;
    private final String field;

    protected PeopleRuleException(int status, String auditReason, String field, String message) {
        super(message);
        this.status = status;
        this.auditReason = auditReason;
        this.field = field;
    }

    public int status() {
        return status;
    }

    /** For the audit row's outcome, e.g. {@code no such person}. */
    public String auditReason() {
        return auditReason;
    }

    /** The member the message names ({@code {"name": "…"}}), or empty for a plain message. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
