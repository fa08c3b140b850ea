package io.tokengateway.sandbox.entity;

import io.tokengateway.contract.entity.TokenKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * One stored token, immutable: changes make a new instance.
 *
 * @param srtPassphrase shown only while {@code displaySrtPassphrase} is true (publish tokens)
 * @param expiresOn     {@code null} when the token never expires
 * @param settings      every other known field under its plain name, with defaults filled in
 * @param extras        fields the sandbox does not know, kept and returned as the client sent them
 */
public record SandboxToken(int id, TokenKind kind, String token, String srtPassphrase, Instant addedOn,
        Instant expiresOn, String label, boolean isActive, List<StreamName> streams, JsonObject settings,
        JsonObject extras) {

    public SandboxToken {
        streams = List.copyOf(streams);
    }

    public SandboxToken withToken(String newToken) {
        return new SandboxToken(id, kind, newToken, srtPassphrase, addedOn, expiresOn, label, isActive, streams,
                settings, extras);
    }

    public SandboxToken withLabel(String newLabel) {
        return new SandboxToken(id, kind, token, srtPassphrase, addedOn, expiresOn, newLabel, isActive, streams,
                settings, extras);
    }

    public SandboxToken withActive(boolean active) {
        return new SandboxToken(id, kind, token, srtPassphrase, addedOn, expiresOn, label, active, streams,
                settings, extras);
    }

    public SandboxToken withStreams(List<StreamName> newStreams) {
        return new SandboxToken(id, kind, token, srtPassphrase, addedOn, expiresOn, label, isActive, newStreams,
                settings, extras);
    }

    public SandboxToken withSettings(JsonObject newSettings, JsonObject newExtras) {
        return new SandboxToken(id, kind, token, srtPassphrase, addedOn, expiresOn, label, isActive, streams,
                newSettings, newExtras);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresOn != null && !now.isBefore(expiresOn);
    }

    public boolean hasRegexStream() {
        return streams.stream().anyMatch(StreamName::isRegex);
    }

    /** The cluster the token names, or the account default when it names none. */
    public String effectiveOriginCluster() {
        JsonValue cluster = settings.get("originCluster");
        if (cluster instanceof JsonString named && !named.getString().isBlank()) {
            return named.getString();
        }
        return SandboxAccount.ORIGIN_CLUSTER;
    }
}
