package io.tokengateway.tokens.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A Millicast token as the console reads it: every member of the API's token JSON (API.md §4) but the
 * {@code effectiveSettings} and {@code adminSettings}. Subscribe tokens read into it too: the publish-only members
 * are then {@code null}, as {@code tracking} is for publish tokens. Absent members are {@code null}. Serializable:
 * view-scoped console beans hold one.
 */
public record PublishToken(
        int id,
        String label,
        String token,
        String addedOn,
        String expiresOn,
        boolean isActive,
        List<StreamSpec> streams,
        String originCluster,
        List<String> allowedOrigins,
        List<String> allowedIpAddresses,
        Long bindIpsOnUsage,
        List<String> allowedCountries,
        List<String> deniedCountries,
        Boolean subscribeRequiresAuth,
        Boolean record,
        Boolean clip,
        Boolean multisource,
        Boolean enableThumbnails,
        Boolean lowLatencyRtmp,
        Boolean displaySrtPassphrase,
        String srtPassphrase,
        Boolean drm,
        String integrationId,
        Integer priority,
        GeoCascade geoCascade,
        List<RestreamTarget> restream,
        Tracking tracking) implements Serializable {

    /** Which clusters a stream is cascaded to. */
    public record GeoCascade(Boolean isEnabled, List<String> clusters) implements Serializable {
    }

    /** Where a stream is sent on; {@code key} is the target's secret stream key. */
    public record RestreamTarget(String url, String key, String label, Boolean enabled) implements Serializable {
    }

    /** A subscribe token's tracking id. */
    public record Tracking(String trackingId) implements Serializable {
    }

    /** The stream names, comma-separated, with {@code (regex)} after regular expressions. */
    public String streamNames() {
        if (streams == null) {
            return "";
        }
        return String.join(", ", streams.stream()
                .map(s -> Boolean.TRUE.equals(s.isRegex()) ? s.streamName() + " (regex)" : s.streamName())
                .toList());
    }

    /** The streams, never {@code null}. */
    public List<StreamSpec> streamList() {
        return streams == null ? List.of() : streams;
    }
}
