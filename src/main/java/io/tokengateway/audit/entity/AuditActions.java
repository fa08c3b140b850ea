package io.tokengateway.audit.entity;

/** The names of the actions the audit trail records; a prefix such as {@code token.} selects a whole family. */
public final class AuditActions {

    /** The prefix of every action on a token ({@code token.create}, {@code token.update}, …). */
    public static final String TOKEN_FAMILY = "token.";
    public static final String TOKEN_CREATE = "token.create";
    public static final String TOKEN_UPDATE = "token.update";
    public static final String TOKEN_DELETE = "token.delete";
    public static final String TOKEN_DISABLE = "token.disable";
    /** The gateway's own bulk delete, one row for the call; each token it deletes has its own {@link #TOKEN_DELETE} row. */
    public static final String TOKEN_DELETE_BULK = "token.delete.bulk";
    public static final String TOKEN_RESTREAM_SYNC = "token.restream.sync";
    /** Viewer tokens minted (or refused) for a subscribe token, counted per caller and minute. */
    public static final String VIEWER_TOKEN_MINT = "viewer_token.mint";
    public static final String LOGIN_SUCCESS = "login.success";
    public static final String LOGIN_FAILURE = "login.failure";
    public static final String APIKEY_CREATE = "apikey.create";
    public static final String APIKEY_REVOKE = "apikey.revoke";
    public static final String USER_CREATE = "user.create";
    public static final String USER_UPDATE = "user.update";
    public static final String USER_UNLOCK = "user.unlock";
    public static final String USER_PASSWORD = "user.password";

    private AuditActions() {
    }
}
