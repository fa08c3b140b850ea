package io.tokengateway.security.control;

import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The same rules for a change made from a console page as for one made through the JSON routes: the caller's
 * role, the per-credential rate limit, and one audit row whatever the outcome.
 */
@ApplicationScoped
public class ConsoleChanges {

    @Inject
    Caller caller;

    @Inject
    RateLimits limits;

    @Inject
    Event<AuditEntry> audit;

    /**
     * Why the change may not happen (already audited), or empty when it may.
     *
     * @param limited whether it counts against the caller's rate limit, as {@code Guarded.limited} says for the
     *                JSON routes: token changes do, local administration does not
     */
    public Optional<String> refusal(Role needed, String action, Integer tokenId, boolean limited) {
        if (!caller.may(needed)) {
            record(action, tokenId, null, null, "403 forbidden");
            return Optional.of("Your role (" + caller.getRole() + ") may not do this: it needs " + needed.id());
        }
        if (!limited) {
            return Optional.empty();
        }
        var wait = limits.spend(RateLimits.Kind.CHANGE, caller.identity().credentialKey());
        if (wait.isPresent()) {
            record(action, tokenId, null, null, "429 too many changes");
            return Optional.of("Too many changes at once: try again in " + wait.get().toSeconds() + " s");
        }
        return Optional.empty();
    }

    public void record(String action, Integer tokenId, String tokenLabel, String summary, String outcome) {
        audit.fire(new AuditEntry(caller.identity().actor(), action, tokenId, tokenLabel, summary, outcome));
    }
}
