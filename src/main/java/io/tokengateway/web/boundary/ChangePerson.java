package io.tokengateway.web.boundary;

import io.tokengateway.security.entity.UserChange;
import io.tokengateway.web.control.ConsolePeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** Changes a listed person's rights from their row: a new role, a reset password, disabled or enabled. */
@Named
@RequestScoped
public class ChangePerson {

    @Inject
    ConsolePeople directory;

    private final Map<String, String> newRoles = new HashMap<>();
    private final Map<String, String> newPasswords = new HashMap<>();

    public void changeRole(String who) {
        String newRole = newRoles.get(who);
        directory.change(who, new UserChange(newRole, null, null), ": role " + newRole, who + " is now " + newRole);
    }

    public void resetPassword(String who) {
        directory.change(who, new UserChange(null, newPasswords.getOrDefault(who, ""), null), ": password reset",
                "New password set for " + who);
    }

    public void setDisabled(String who, boolean disabled) {
        directory.change(who, new UserChange(null, null, disabled), disabled ? ": disabled" : ": enabled",
                who + (disabled ? " is disabled" : " is enabled"));
    }

    public Map<String, String> getNewRoles() {
        return newRoles;
    }

    public Map<String, String> getNewPasswords() {
        return newPasswords;
    }
}
