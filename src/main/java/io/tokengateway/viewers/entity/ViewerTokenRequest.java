package io.tokengateway.viewers.entity;

import java.util.List;

/**
 * What a caller asks for one viewer: the stream, and optionally the viewer's address, the origins it may play from,
 * the lifetime in seconds, a tracking id, data for the viewer's analytics and an origin cluster. Null members were
 * not given; the rules fill the defaults.
 */
public record ViewerTokenRequest(String streamName, String viewerIp, List<String> allowedOrigins, Long expiresIn,
        String trackingId, String customViewerData, String originCluster) {

    /** The members a request may have, as the JSON spells them. */
    public static final List<String> MEMBERS = List.of("streamName", "viewerIp", "allowedOrigins", "expiresIn",
            "trackingId", "customViewerData", "originCluster");
}
