package io.tokengateway.web.entity;

import java.io.Serializable;

/** What came of one token in a bulk change: done, or failed with the reason in words. */
public record BulkResult(int tokenId, boolean done, String message) implements Serializable {
}
