package io.tokengateway.viewers.entity;

import java.util.List;

/**
 * What a viewer token says, after the rules: the payload's members (null ones are left out of the JWT) and its
 * issue and expiry times in epoch seconds.
 */
public record ViewerClaims(int tokenId, String streamName, List<String> allowedOrigins, List<String> allowedIpAddresses,
        String trackingId, String customViewerData, String originCluster, long iat, long exp) {
}
