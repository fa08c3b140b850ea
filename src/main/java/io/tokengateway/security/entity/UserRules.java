package io.tokengateway.security.entity;

/** The rules for people's names, roles and passwords, shared by the console and the admin API. */
public final class UserRules {

    public static final String NAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";
    public static final String NAME_MESSAGE =
            "name must be 1 to 64 letters, digits or . _ @ - and start with a letter or digit";
    public static final String ROLE = "(?i)viewer|editor|admin";
    public static final String ROLE_MESSAGE = "role must be viewer, editor or admin";
    /** An API key may also be a {@code minter}, which only mints viewer tokens. */
    public static final String KEY_ROLE = "(?i)minter|viewer|editor|admin";
    public static final String KEY_ROLE_MESSAGE = "role must be minter, viewer, editor or admin";
    /** The most subscribe tokens one key may be limited to. */
    public static final int MAX_KEY_MASTERS = 100;
    public static final int PASSWORD_MIN = 10;
    public static final String PASSWORD_MESSAGE = "password must be 10 to 256 characters";

    private UserRules() {
    }
}
