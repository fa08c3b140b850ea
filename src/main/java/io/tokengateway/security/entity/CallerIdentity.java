package io.tokengateway.security.entity;

import io.tokengateway.audit.entity.Actor;
import java.util.Optional;

/**
 * Who is calling: a person by login name, a program by its API key (named by the key's label), or nobody;
 * with the role it acts in and the address it calls from.
 *
 * @param credentialId the login name of a person, the id of an API key, or the client address when anonymous
 */
public record CallerIdentity(CallerKind kind, String name, String credentialId, Optional<Role> role,
        String clientAddress) {

    public static CallerIdentity anonymous(String clientAddress) {
        return new CallerIdentity(CallerKind.ANONYMOUS, "anonymous", clientAddress, Optional.empty(), clientAddress);
    }

    public static CallerIdentity person(String name, Role role, String clientAddress) {
        return new CallerIdentity(CallerKind.PERSON, name, name, Optional.of(role), clientAddress);
    }

    public static CallerIdentity apiKey(long keyId, String label, Role role, String clientAddress) {
        return new CallerIdentity(CallerKind.API_KEY, label, Long.toString(keyId), Optional.of(role), clientAddress);
    }

    /**
     * The gateway's own warm-up on the loopback address: a viewer, so that its requests to itself take the read routes'
     * whole path; its calls go to a simulator of its own, never upstream (see {@code WarmUp}).
     */
    public static CallerIdentity warmUp(String clientAddress) {
        return new CallerIdentity(CallerKind.WARM_UP, "warm-up", clientAddress, Optional.of(Role.VIEWER), clientAddress);
    }

    /** The same anonymous caller, naming who it claimed to be (a failed login's user name). */
    public CallerIdentity named(String claimedName) {
        return new CallerIdentity(kind, claimedName, credentialId, role, clientAddress);
    }

    public boolean may(Role needed) {
        return role.map(r -> r.includes(needed)).orElse(false);
    }

    /**
     * Who this is, as the audit trail writes it down: a person by login name; a program by its key's label and
     * id, since labels need not be unique ({@code ci-bot (key 12)}); nobody by the name it claimed, if any.
     */
    public Actor actor() {
        String shown = kind == CallerKind.API_KEY ? name + " (key " + credentialId + ")" : name;
        return new Actor(kind.id(), shown, role.map(Role::id).orElse(null), clientAddress);
    }

    /** A stable key for per-credential limits: {@code person:alice}, {@code api_key:12}, {@code anonymous:10.0.0.1}. */
    public String credentialKey() {
        return kind.id() + ":" + credentialId;
    }
}
