package io.tokengateway.security.control;

import io.tokengateway.audit.control.RefusalTally;
import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a person's name and password, for the login page and for HTTP Basic alike: slows down and then locks
 * repeated failures of a name from an address. Failures are counted on the audit trail per address and minute
 * (never one row each, so they cannot flood it); an unknown name is never written down as typed.
 */
@ApplicationScoped
public class PasswordLogin {

    static final String FAILURE = AuditActions.LOGIN_FAILURE;

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<AuditEntry> audit;

    @Inject
    RefusalTally tally;

    /**
     * @param auditSuccess whether a success is written to the audit trail: yes for the login page, no for HTTP Basic,
     *                     where every request logs in and would flood the trail
     */
    public LoginOutcome attempt(String name, String password, String clientAddress, boolean auditSuccess) {
        String tried = name == null ? "" : name.strip();
        Optional<GatewayUser> known = users.find(tried);
        String claimant = known.map(GatewayUser::getName).orElseGet(() -> ClaimedNames.unknown(tried));
        Actor claimed = Actor.anonymous(clientAddress, claimant);
        Optional<Instant> locked = throttle.lockedUntil(tried, clientAddress);
        if (locked.isPresent()) {
            tally.count(claimed, FAILURE, "423 locked");
            return LoginOutcome.locked(locked.get(), claimant);
        }
        Optional<GatewayUser> user = users.verify(known, password == null ? "" : password);
        if (user.isPresent()) {
            throttle.recordSuccess(tried, clientAddress);
            if (auditSuccess) {
                Actor person = CallerIdentity.person(user.get().getName(), user.get().getRole(), clientAddress).actor();
                audit.fire(AuditEntry.of(person, AuditActions.LOGIN_SUCCESS, AuditOutcome.SUCCESS));
            }
            return LoginOutcome.success(user.get());
        }
        Duration delay = throttle.recordFailure(tried, clientAddress);
        tally.count(claimed, FAILURE, "401 wrong name or password");
        pause(delay);
        return throttle.lockedUntil(tried, clientAddress)
                .map(until -> LoginOutcome.locked(until, claimant))
                .orElseGet(() -> LoginOutcome.failure(claimant));
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
