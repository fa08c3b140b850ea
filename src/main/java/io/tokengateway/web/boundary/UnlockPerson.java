package io.tokengateway.web.boundary;

import io.tokengateway.security.control.LoginThrottle;
import io.tokengateway.security.control.UnknownUserException;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.entity.ChangeOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lifts the locks that failed logins put on a listed person's name. */
@Named
@RequestScoped
public class UnlockPerson {

    @Inject
    ConsoleAction console;

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    public void unlock(String who) {
        console.run(ChangeKinds.people("user.unlock", "unlock " + who), () -> {
            throttle.unlock(users.find(who).orElseThrow(() -> new UnknownUserException(who)).getName());
            return ChangeOutcome.done(who + " may log in again from anywhere");
        });
    }
}
