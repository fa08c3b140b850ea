package io.tokengateway.viewers.control;

import io.tokengateway.contract.control.FieldSyntax;
import io.tokengateway.contract.control.Messages;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.viewers.entity.Master;
import io.tokengateway.viewers.entity.ViewerClaims;
import io.tokengateway.viewers.entity.ViewerTokenRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Dolby's rules for a self-signed viewer token (jwt.md, tracking.md), checked locally: a subscribe token that is
 * disabled or expired mints nothing; the stream must be one of its streams or match its regular expression; its
 * tracking id, if it has one, is the child's too; custom data at most 1024 characters; a lifetime from 1 second to
 * the configured maximum, and never past the subscribe token's own expiry (a child cannot outlive its master).
 */
public final class MintRules {

    static final int MAX_NAME = 128;
    static final int MAX_TRACKING_ID = 128;
    static final int MAX_CUSTOM_DATA = 1024;
    static final String TOKEN_ID = "tokenId";

    private MintRules() {
    }

    /** Why the subscribe token mints nothing now (it is disabled or expired); empty when it may mint. */
    public static Optional<String> unusable(Master master, Instant now) {
        if (!master.active()) {
            return Optional.of("Subscribe token " + master.id() + " is disabled: it mints no viewer tokens.");
        }
        if (master.expiresOn() != null && !now.isBefore(master.expiresOn())) {
            return Optional.of("Subscribe token " + master.id() + " expired at " + master.expiresOn()
                    + ": it mints no viewer tokens.");
        }
        return Optional.empty();
    }

    /**
     * The rules that need no subscribe token, checked before it is looked up (a bad request calls nothing
     * upstream): the draft claims (token id 0, the tracking id and origin cluster as asked), or null with every
     * problem in {@code errors}.
     */
    public static ViewerClaims check(ViewerTokenRequest request, long nowSeconds, ViewerTokenSettings settings,
            ValidationErrors errors) {
        String streamName = request.streamName();
        if (streamName == null) {
            errors.add("streamName", Messages.required("streamName"));
        } else if (streamName.isEmpty() || streamName.length() > MAX_NAME) {
            errors.add("streamName", Messages.length("streamName", 1, MAX_NAME));
        }
        List<String> ips = List.of();
        if (request.viewerIp() != null) {
            if (FieldSyntax.isIpv4OrCidr(request.viewerIp())) {
                ips = List.of(request.viewerIp());
            } else {
                errors.add("viewerIp", "'" + request.viewerIp() + "' is not a valid IPv4 address or CIDR block.");
            }
        }
        List<String> origins = request.allowedOrigins() == null ? List.of() : request.allowedOrigins();
        for (int i = 0; i < origins.size(); i++) {
            if (!FieldSyntax.isOrigin(origins.get(i))) {
                errors.add("allowedOrigins[" + i + "]", "'" + origins.get(i)
                        + "' is not a valid origin; use a domain such as example.com or *.example.com.");
            }
        }
        String trackingId = request.trackingId();
        if (trackingId != null && (trackingId.isEmpty() || trackingId.length() > MAX_TRACKING_ID)) {
            errors.add("trackingId", Messages.length("trackingId", 1, MAX_TRACKING_ID));
        }
        if (request.customViewerData() != null && request.customViewerData().length() > MAX_CUSTOM_DATA) {
            errors.add("customViewerData", Messages.maxLength("customViewerData", MAX_CUSTOM_DATA));
        }
        if (request.originCluster() != null && request.originCluster().length() > MAX_NAME) {
            errors.add("originCluster", Messages.maxLength("originCluster", MAX_NAME));
        }
        long lifetime = request.expiresIn() == null ? settings.defaultLifetimeSeconds() : request.expiresIn();
        if (lifetime < 1 || lifetime > settings.maxLifetimeSeconds()) {
            errors.add("expiresIn", Messages.between("expiresIn", 1, settings.maxLifetimeSeconds()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ViewerClaims(0, streamName, origins, ips, trackingId, request.customViewerData(),
                request.originCluster(), nowSeconds, nowSeconds + lifetime);
    }

    /**
     * The rules of the subscribe token {@code master} on checked draft claims: its streams, its tracking id, its
     * expiry. The claims of the viewer's token, or null with every problem in {@code errors}.
     */
    public static ViewerClaims bind(Master master, ViewerClaims draft, ValidationErrors errors) {
        if (!master.allowsStream(draft.streamName())) {
            errors.add("streamName", "The stream '" + draft.streamName() + "' is not one that subscribe token "
                    + master.id() + " allows.");
        }
        String trackingId = trackingId(master, draft.trackingId(), errors);
        if (master.expiresOn() != null && draft.exp() > master.expiresOn().getEpochSecond()) {
            errors.add("expiresIn", "A viewer token cannot outlive its subscribe token: token " + master.id()
                    + " expires at " + master.expiresOn() + ", in "
                    + Math.max(0, master.expiresOn().getEpochSecond() - draft.iat()) + " s.");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String cluster = draft.originCluster() != null ? draft.originCluster() : master.originCluster();
        return new ViewerClaims(master.id(), draft.streamName(), draft.allowedOrigins(), draft.allowedIpAddresses(),
                trackingId, draft.customViewerData(), cluster == null || cluster.isBlank() ? null : cluster,
                draft.iat(), draft.exp());
    }

    /** The master's tracking id binds the child (omitted: inherited); without one, any id or none. */
    private static String trackingId(Master master, String asked, ValidationErrors errors) {
        if (master.trackingId() == null) {
            return asked;
        }
        if (asked != null && !asked.equals(master.trackingId())) {
            errors.add("trackingId", "Subscribe token " + master.id() + " is tracked as '" + master.trackingId()
                    + "': a viewer token must carry the same trackingId, or none.");
        }
        return master.trackingId();
    }
}
