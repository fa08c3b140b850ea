package io.tokengateway.web.entity;

/** What came of one token in a bulk change: done, or failed with the reason in words. */
public record BulkResult(int tokenId, boolean done, String message) {
}
