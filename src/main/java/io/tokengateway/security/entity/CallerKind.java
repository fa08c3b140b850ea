package io.tokengateway.security.entity;

/** How a caller proved who it is. */
public enum CallerKind {
    PERSON, API_KEY, ANONYMOUS,
    /** The gateway's own warm-up, asking itself before it reports ready (read routes only). */
    WARM_UP;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
