package io.tokengateway.security.control;

import io.tokengateway.audit.control.AuditTrail;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a person's name and password, for the login page and for HTTP Basic alike: slows down and then locks
 * repeated failures, and writes every attempt to the audit trail.
 */
@ApplicationScoped
public class PasswordLogin {

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditTrail audit;

    /**
     * @param auditSuccess whether a success is written to the audit trail: yes for the login page, no for HTTP Basic,
     *                     where every request logs in and would flood the trail (failures are always written)
     */
    public LoginOutcome attempt(String name, String password, String clientAddress, boolean auditSuccess) {
        String who = name == null || name.isBlank() ? "(no name)" : name.strip();
        Optional<Instant> locked = throttle.lockedUntil(who, clientAddress);
        if (locked.isPresent()) {
            audit.record(CallerIdentity.anonymous(clientAddress).named(who),
                    new AuditEntry("login.failure", null, null, "login refused while locked", "423 locked"));
            return LoginOutcome.locked(locked.get());
        }
        Optional<GatewayUser> user = users.verify(who, password == null ? "" : password);
        if (user.isPresent()) {
            throttle.recordSuccess(who, clientAddress);
            if (auditSuccess) {
                audit.record(CallerIdentity.person(user.get().getName(), user.get().getRole(), clientAddress),
                        new AuditEntry("login.success", null, null, null, "200"));
            }
            return LoginOutcome.success(user.get());
        }
        Duration delay = throttle.recordFailure(who, clientAddress);
        audit.record(CallerIdentity.anonymous(clientAddress).named(who),
                new AuditEntry("login.failure", null, null, "wrong name or password", "401 unauthorized"));
        pause(delay);
        return throttle.lockedUntil(who, clientAddress).map(LoginOutcome::locked).orElseGet(LoginOutcome::failure);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
