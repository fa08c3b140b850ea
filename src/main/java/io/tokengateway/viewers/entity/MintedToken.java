package io.tokengateway.viewers.entity;

import java.time.Instant;

/** A viewer token as answered: the JWT, its subscribe token, stream and expiry, and Dolby's viewer link (or null). */
public record MintedToken(String token, int tokenId, String streamName, Instant expiresOn, String viewerUrl) {

    @Override
    public String toString() {
        return "MintedToken[" + tokenId + ", " + streamName + ", " + expiresOn + ", token redacted]";
    }
}
