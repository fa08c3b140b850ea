package io.tokengateway.web.boundary;

import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.UserChange;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.entity.ChangeOutcome;
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
    ConsoleAction console;

    @Inject
    UserDirectory users;

    @Inject
    RequestValidator validator;

    private final Map<String, String> newRoles = new HashMap<>();
    private final Map<String, String> newPasswords = new HashMap<>();

    public void changeRole(String who) {
        String newRole = newRoles.get(who);
        change(who, ": role " + newRole, new UserChange(newRole, null, null), who + " is now " + newRole);
    }

    public void resetPassword(String who) {
        change(who, ": password reset", new UserChange(null, newPasswords.getOrDefault(who, ""), null),
                "New password set for " + who);
    }

    public void setDisabled(String who, boolean disabled) {
        change(who, disabled ? ": disabled" : ": enabled", new UserChange(null, null, disabled),
                who + (disabled ? " is disabled" : " is enabled"));
    }

    private void change(String who, String what, UserChange change, String done) {
        console.run(ChangeKinds.people("user.update", "change " + who + what), () -> {
            users.change(who, validator.check(change));
            return ChangeOutcome.done(done);
        });
    }

    public Map<String, String> getNewRoles() {
        return newRoles;
    }

    public Map<String, String> getNewPasswords() {
        return newPasswords;
    }
}
