package io.tokengateway.audit.entity;

/**
 * Who did something, as the audit trail writes it down: plain data, given by whoever acts (the trail does not ask
 * the security component who is calling).
 *
 * @param kind how the actor proved who it is, e.g. {@code person}, {@code api_key}, {@code anonymous}
 * @param name the name the trail shows: a login name, a key's label with its id, or the name an unknown caller claimed
 * @param role the role it acted in, e.g. {@code editor}; null when it has none
 * @param address the client address it called from; null when unknown
 */
public record Actor(String kind, String name, String role, String address) {

    public static final String ANONYMOUS = "anonymous";

    /** Somebody nobody knows, calling from {@code address}, who may have claimed a name (a failed login's user name). */
    public static Actor anonymous(String address, String claimedName) {
        return new Actor(ANONYMOUS, claimedName == null || claimedName.isBlank() ? ANONYMOUS : claimedName, null, address);
    }
}
