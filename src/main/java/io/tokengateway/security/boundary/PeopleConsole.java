package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.ConsoleChanges;
import io.tokengateway.security.control.PeopleRuleException;
import io.tokengateway.security.control.LoginThrottle;
import io.tokengateway.security.control.UnknownUserException;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserChange;
import io.tokengateway.security.entity.UserView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The people page, for admins: add a person, change a role, reset a password, disable or enable, unlock. */
@Named
@RequestScoped
public class PeopleConsole {

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Inject
    Caller caller;

    @Inject
    RequestValidator validator;

    @Inject
    ConsoleChanges changes;

    private String name;
    private String role = "viewer";
    private String password;
    private final Map<String, String> newRoles = new java.util.HashMap<>();
    private final Map<String, String> newPasswords = new java.util.HashMap<>();
    private List<UserView> people;

    /** The people, read once per request (not on every EL evaluation), and only for an admin. */
    public List<UserView> getPeople() {
        caller.require(Role.ADMIN);
        if (people == null) {
            people = users.all().stream().map(u -> UserView.of(u, throttle.isLockedAnywhere(u.getName()))).toList();
        }
        return people;
    }

    public List<String> getRoles() {
        return List.of("viewer", "editor", "admin");
    }

    public void add() {
        act("user.create", "add " + name + " as " + role, () -> {
            NewUser request = validator.check(new NewUser(name, role, password));
            users.add(request.name(), Role.of(request.role()).orElseThrow(), request.password());
            return "Added " + name;
        });
    }

    public void changeRole(String who) {
        String newRole = newRoles.get(who);
        act("user.update", "change " + who + ": role " + newRole,
                () -> change(who, new UserChange(newRole, null, null), who + " is now " + newRole));
    }

    public void resetPassword(String who) {
        String newPassword = newPasswords.getOrDefault(who, "");
        act("user.update", "change " + who + ": password reset",
                () -> change(who, new UserChange(null, newPassword, null), "New password set for " + who));
    }

    public void setDisabled(String who, boolean disabled) {
        act("user.update", "change " + who + (disabled ? ": disabled" : ": enabled"),
                () -> change(who, new UserChange(null, null, disabled), who + (disabled ? " is disabled" : " is enabled")));
    }

    /** Lifts the locks that failed logins put on this name. */
    public void unlock(String who) {
        act("user.unlock", "unlock " + who, () -> {
            throttle.unlock(users.find(who).orElseThrow(() -> new UnknownUserException(who)).getName());
            return who + " may log in again from anywhere";
        });
    }

    private String change(String who, UserChange change, String done) {
        users.change(who, validator.check(change));
        return done;
    }

    private void act(String action, String summary, Supplier<String> work) {
        if (changes.refusal(Role.ADMIN, action, null, false).isPresent()) {
            message(FacesMessage.SEVERITY_ERROR, "Only admins manage people");
            return;
        }
        try {
            String done = work.get();
            changes.record(action, null, null, summary, "200");
            people = null; // show the change
            message(FacesMessage.SEVERITY_INFO, done);
        } catch (PeopleRuleException e) {
            changes.record(action, null, null, summary, e.status() + " " + e.auditReason());
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (InvalidRequestException e) {
            changes.record(action, null, null, summary, "400 validation: " + String.join(", ", e.errors().keySet()));
            message(FacesMessage.SEVERITY_ERROR, describe(e.errors()));
        }
    }

    static String describe(Map<String, List<String>> errors) {
        return errors.values().stream().flatMap(List::stream).collect(Collectors.joining("; "));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public Map<String, String> getNewRoles() {
        return newRoles;
    }

    public Map<String, String> getNewPasswords() {
        return newPasswords;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
