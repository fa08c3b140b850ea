package io.tokengateway.web.entity;

import java.io.Serializable;

/**
 * What came of one token in a bulk change: done, or failed with the reason in words; and the audit entry it made
 * (null when none was found, e.g. a change refused before it was tried).
 */
public record BulkResult(int tokenId, boolean done, String message, Long auditEntry) implements Serializable {

    public BulkResult(int tokenId, boolean done, String message) {
        this(tokenId, done, message, null);
    }

    public BulkResult withAuditEntry(Long entry) {
        return new BulkResult(tokenId, done, message, entry);
    }
}
