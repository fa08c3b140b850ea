package io.tokengateway.security.control;

import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.ConsoleViews;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.ViewDecision;
import java.util.Optional;

/** Decides, on the Faces view id alone, whether a caller may see a console view: closed unless the table says so. */
public final class ViewAccess {

    private ViewAccess() {
    }

    public static ViewDecision decide(String viewId, CallerIdentity who, boolean mustChangePassword) {
        Optional<Optional<Role>> rule = ConsoleViews.leastRole(viewId);
        if (rule.isEmpty()) {
            return ViewDecision.NOT_FOUND;
        }
        Optional<Role> least = rule.get();
        if (least.isEmpty()) {
            return ViewDecision.SHOW;
        }
        if (who.role().isEmpty()) {
            return ViewDecision.LOG_IN;
        }
        if (mustChangePassword && !ConsoleViews.CHANGE_PASSWORD.equals(viewId)) {
            return ViewDecision.CHANGE_PASSWORD;
        }
        return who.may(least.get()) ? ViewDecision.SHOW : ViewDecision.FORBIDDEN;
    }
}
