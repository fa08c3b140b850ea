package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ChangeReceipt;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * Deletes the token of the token page, once the person confirmed; then shows that kind's list with the audit entry the
 * delete made (or the token page again).
 */
@Named
@RequestScoped
public class DeleteToken {

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    ChangeReceipt receipt;

    @Inject
    TokenDetails details;

    public String delete() {
        if (details.getToken() == null) {
            return null;
        }
        int id = details.getToken().id();
        Instant started = Instant.now();
        boolean deleted = tokenApi.delete(details.getTokenKind(), id);
        receipt.keep(id, started); // the messages and the audit entry, for the page after the redirect
        return deleted ? "/index.xhtml?faces-redirect=true&kind=" + details.getTokenKind().word() : details.self();
    }
}
