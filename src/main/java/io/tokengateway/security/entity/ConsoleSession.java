package io.tokengateway.security.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Who a console session belongs to and since when: it lasts while the person is enabled, their rights are unchanged
 * since the login (same credential version) and its absolute lifetime has not run out, whatever the idle timeout.
 */
public record ConsoleSession(String name, int credentialVersion, Instant openedAt) implements Serializable {

    public static ConsoleSession openedFor(GatewayUser user, Instant now) {
        return new ConsoleSession(user.getName(), user.getCredentialVersion(), now);
    }

    public boolean isValidFor(GatewayUser user, Instant now, Duration lifetime) {
        return !user.isDisabled()
                && user.getCredentialVersion() == credentialVersion
                && now.isBefore(openedAt.plus(lifetime));
    }
}
