package io.tokengateway.web.boundary;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.PostRedirectGet;
import io.tokengateway.web.control.RowsShown;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Revokes a listed API key: it stops working at once. */
@Named
@RequestScoped
public class RevokeApiKey {

    @Inject
    ConsoleAction console;

    @Inject
    ApiKeyRegistry keys;

    @Inject
    ApiKeyList table;

    @Inject
    ConsoleMessages messages;

    public String revoke(long id) {
        if (!table.getShown().stillShows(id)) {
            messages.error(RowsShown.MOVED);
            return PostRedirectGet.again();
        }
        ConsoleChange change = ConsoleChange.of(AuditActions.APIKEY_REVOKE, Role.ADMIN).refusedWith("Only admins revoke API keys")
                .summarised("revoke key " + id);
        return PostRedirectGet.after(console.run(change, () -> keys.revoke(id)
                ? ChangeOutcome.done("Revoked key " + id)
                : ChangeOutcome.failed(404, "no such key", "No key " + id)));
    }
}
