package io.tokengateway.security.entity;

/** How a caller proved who it is. */
public enum CallerKind {
    PERSON, API_KEY, ANONYMOUS;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
