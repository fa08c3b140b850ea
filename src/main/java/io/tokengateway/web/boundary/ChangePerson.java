package io.tokengateway.web.boundary;

import io.tokengateway.security.entity.UserChange;
import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.ConsolePeople;
import io.tokengateway.web.control.PostRedirectGet;
import io.tokengateway.web.control.RowsShown;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Changes a listed person's rights from their row: a new role, a reset password, disabled or enabled, or the
 * locks of failed logins lifted. Each role menu starts at the person's own role.
 */
@Named
@RequestScoped
public class ChangePerson {

    @Inject
    ConsolePeople directory;

    @Inject
    PeopleList table;

    @Inject
    ConsoleMessages messages;

    private final Map<String, String> newRoles = new HashMap<>();
    private final Map<String, String> newPasswords = new HashMap<>();

    @PostConstruct
    void startAtEachPersonsRole() {
        table.getRows().forEach(row -> newRoles.put(row.person().name(), row.person().role()));
    }

    public String changeRole(String who) {
        String newRole = newRoles.get(who);
        return onRow(who, () -> directory.change(who, new UserChange(newRole, null, null), ": role " + newRole,
                who + " is now " + newRole));
    }

    public String resetPassword(String who) {
        return onRow(who, () -> directory.change(who, new UserChange(null, newPasswords.getOrDefault(who, ""), null),
                ": password reset", "New password set for " + who));
    }

    public String setDisabled(String who, boolean disabled) {
        return onRow(who, () -> directory.change(who, new UserChange(null, null, disabled),
                disabled ? ": disabled" : ": enabled", who + (disabled ? " is disabled" : " is enabled")));
    }

    public String unlock(String who) {
        return onRow(who, () -> directory.unlock(who));
    }

    /** The change when the row still shows {@code who}; else nothing, and the page drawn again. */
    private String onRow(String who, BooleanSupplier change) {
        if (!table.getShown().stillShows(who)) {
            messages.error(RowsShown.MOVED);
            return PostRedirectGet.again();
        }
        return PostRedirectGet.after(change.getAsBoolean());
    }

    public Map<String, String> getNewRoles() {
        return newRoles;
    }

    public Map<String, String> getNewPasswords() {
        return newPasswords;
    }
}
