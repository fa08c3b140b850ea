package io.tokengateway.security.entity;

import java.util.Map;
import java.util.Optional;

/**
 * The one table of console views (Faces view ids) and the least role each needs. A view that is not in this table
 * is refused to everybody, so a new page is closed until its row is added here.
 */
public final class ConsoleViews {

    public static final String LOGIN = "/login.xhtml";
    public static final String HOME = "/index.xhtml";
    public static final String CHANGE_PASSWORD = "/password.xhtml";
    /** The error page Faces renders on an error dispatch; it shows no data. */
    public static final String ERROR = "/WEB-INF/error.xhtml";

    /** View id to the least role; {@link Optional#empty()} means anybody, signed in or not. */
    private static final Map<String, Optional<Role>> LEAST_ROLE = Map.of(
            LOGIN, Optional.empty(),
            ERROR, Optional.empty(),
            HOME, Optional.of(Role.VIEWER),
            CHANGE_PASSWORD, Optional.of(Role.VIEWER),
            "/token.xhtml", Optional.of(Role.VIEWER),
            "/create.xhtml", Optional.of(Role.EDITOR),
            "/bulk.xhtml", Optional.of(Role.EDITOR),
            "/keys.xhtml", Optional.of(Role.ADMIN),
            "/people.xhtml", Optional.of(Role.ADMIN),
            "/audit.xhtml", Optional.of(Role.ADMIN));

    private ConsoleViews() {
    }

    /**
     * The least role for a view: empty outside means the view is unknown (refused to all); an empty role inside
     * means anybody may see it.
     */
    public static Optional<Optional<Role>> leastRole(String viewId) {
        return Optional.ofNullable(viewId == null ? null : LEAST_ROLE.get(viewId));
    }
}
