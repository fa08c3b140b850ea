package io.tokengateway.security.control;

import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Who makes the current request, as {@link GatewayAuthentication} found out; {@code #{caller}} on pages. */
@Named
@ApplicationScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    public CallerIdentity identity() {
        if (request.getAttribute(GatewayAuthentication.CALLER) instanceof CallerIdentity identity) {
            return identity;
        }
        return CallerIdentity.anonymous(request.getRemoteAddr());
    }

    public boolean may(Role role) {
        return identity().may(role);
    }

    /**
     * Whether the caller may mint viewer tokens for the subscribe token {@code masterId}: a minter, editor or admin,
     * and for a key limited to named subscribe tokens, one of those.
     */
    public boolean mayMintFor(int masterId) {
        return may(Role.MINTER) && !(request.getAttribute(GatewayAuthentication.MASTER_LIMIT) instanceof Set<?> limit
                && !limit.contains(masterId));
    }

    public boolean isSignedIn() {
        return identity().role().isPresent();
    }

    public boolean isEditor() {
        return may(Role.EDITOR);
    }

    public boolean isAdmin() {
        return may(Role.ADMIN);
    }

    public String getName() {
        return identity().name();
    }

    public String getRole() {
        return identity().role().map(Role::id).orElse("");
    }

    /** Whether the person signed in must change their password before the console shows anything else. */
    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(request.getAttribute(GatewayAuthentication.MUST_CHANGE_PASSWORD));
    }

    /**
     * For console beans, which check again before they read or change anything (the view guard decided first).
     *
     * @throws AccessDeniedException when the caller lacks the role
     */
    public void require(Role role) {
        if (!may(role)) {
            throw new AccessDeniedException(role);
        }
    }

    /** Whether the caller came with a session cookie (a browser), not an Authorization header. */
    public boolean bySession() {
        return Boolean.TRUE.equals(request.getAttribute(GatewayAuthentication.BY_SESSION));
    }
}
