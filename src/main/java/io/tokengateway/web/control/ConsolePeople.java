package io.tokengateway.web.control;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.LastAdminException;
import io.tokengateway.security.control.LoginThrottle;
import io.tokengateway.security.control.UnknownUserException;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserChange;
import io.tokengateway.security.entity.UserView;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the people page asks of the people directory: every person with their locks, and the changes, each a
 * {@link ConsoleAction} for an admin that spends no rate-limit permit (local administration). Nobody changes
 * their own role, access or password here ({@link OwnRightsException}), and the directory keeps the last enabled
 * admin ({@link LastAdminException}); {@link #protection} tells the page beforehand, in the same words.
 */
@ApplicationScoped
public class ConsolePeople {

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Inject
    RequestValidator validator;

    @Inject
    ConsoleAction console;

    @Inject
    Caller caller;

    public List<UserView> all() {
        return users.all().stream().map(u -> UserView.of(u, throttle.isLockedAnywhere(u.getName()))).toList();
    }

    /**
     * Why the page offers no change of this person's role, access or password, or empty when it does.
     *
     * @param enabledAdmins how many enabled admins the listing holds
     */
    public Optional<String> protection(UserView person, long enabledAdmins) {
        if (isCaller(person.name())) {
            return Optional.of(OwnRightsException.TEXT);
        }
        if (Role.ADMIN.id().equals(person.role()) && !person.disabled() && enabledAdmins <= 1) {
            return Optional.of(new LastAdminException(person.name()).getMessage());
        }
        return Optional.empty();
    }

    /** @return whether the person was added */
    public boolean add(String name, String role, String password) {
        return run(AuditActions.USER_CREATE, "add " + name + " as " + role, () -> {
            NewUser request = validator.check(new NewUser(name, role, password));
            users.add(request.name(), Role.of(request.role()).orElseThrow(), request.password());
            return "Added " + name;
        });
    }

    /**
     * Changes a person's role, password or access.
     *
     * @param what for the audit summary after the name, e.g. {@code ": role editor"}
     * @param done what the person is told when it is done
     * @return whether it was changed
     */
    public boolean change(String who, UserChange change, String what, String done) {
        return run(AuditActions.USER_UPDATE, "change " + who + what, () -> {
            if (isCaller(who)) {
                throw new OwnRightsException();
            }
            users.change(who, validator.check(change));
            return done;
        });
    }

    /** Lifts the locks that failed logins put on this name; returns whether it did. */
    public boolean unlock(String who) {
        return run(AuditActions.USER_UNLOCK, "unlock " + who, () -> {
            throttle.unlock(users.find(who).orElseThrow(() -> new UnknownUserException(who)).getName());
            return who + " may log in again from anywhere";
        });
    }

    private boolean isCaller(String name) {
        return name != null && name.equals(caller.getName());
    }

    private boolean run(String action, String summary, Supplier<String> work) {
        return console.run(ConsoleChange.of(action, Role.ADMIN).refusedWith("Only admins manage people").summarised(summary),
                () -> ChangeOutcome.done(work.get()));
    }
}
