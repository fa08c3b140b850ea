package io.tokengateway.web.control;

import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.PeopleRuleException;
import io.tokengateway.security.control.RateLimits;
import io.tokengateway.web.entity.ChangeDone;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Does what every change from a console page does, under the same rules as the JSON routes: checks the caller's
 * role (and, for token changes, the change rate limit), does the change, writes one audit row whatever came of
 * it (done, refused or failed), and tells the person.
 */
@ApplicationScoped
public class ConsoleAction {

    @Inject
    Caller caller;

    @Inject
    RateLimits limits;

    @Inject
    Event<AuditEntry> audit;

    @Inject
    ConsoleMessages messages;

    @Inject
    Event<ChangeDone> changesDone;

    /**
     * Tries the change when the caller may make it. A validation problem or a people rule the work breaks is a
     * failed outcome like any other.
     *
     * @return whether the change was done
     */
    public boolean run(ConsoleChange change, Supplier<ChangeOutcome> work) {
        Optional<ChangeOutcome> refusal = refusal(change);
        if (refusal.isPresent()) {
            // the row names what was asked for, without a summary of a change that never started
            audit(change, change.tokenId(), null, null, refusal.get().status(), refusal.get().reason());
            messages.error(refusal.get().message());
            return false;
        }
        ChangeOutcome outcome = attempt(work);
        audit(change, outcome.tokenId() != null ? outcome.tokenId() : change.tokenId(), outcome.tokenLabel(),
                outcome.summary() != null ? outcome.summary() : change.summary(), outcome.status(), outcome.reason());
        if (outcome.done()) {
            messages.info(outcome.message());
            changesDone.fire(new ChangeDone(change.action()));
        } else {
            messages.error(outcome.message());
        }
        return outcome.done();
    }

    private Optional<ChangeOutcome> refusal(ConsoleChange change) {
        if (!caller.may(change.needed())) {
            return Optional.of(ChangeOutcome.failed(403, "forbidden", change.refusalText() != null
                    ? change.refusalText()
                    : "Your role (" + caller.getRole() + ") may not do this: it needs " + change.needed().id()));
        }
        if (!change.limited()) {
            return Optional.empty();
        }
        return limits.spend(RateLimits.Kind.CHANGE, caller.identity().credentialKey())
                .map(wait -> ChangeOutcome.failed(429, "too many changes",
                        "Too many changes at once: try again in " + wait.toSeconds() + " s"));
    }

    private static ChangeOutcome attempt(Supplier<ChangeOutcome> work) {
        try {
            return work.get();
        } catch (InvalidRequestException e) {
            return ChangeOutcome.invalid(e.errors());
        } catch (PeopleRuleException e) {
            return ChangeOutcome.failed(e.status(), e.auditReason(), e.getMessage());
        }
    }

    /** The one place the console writes to the audit trail. */
    private void audit(ConsoleChange change, Integer tokenId, String tokenLabel, String summary, int status,
            String reason) {
        audit.fire(new AuditEntry(caller.identity().actor(), change.action(), tokenId, tokenLabel, summary,
                AuditOutcome.of(status, reason), change.tokenKind()));
    }
}
