package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Deletes the token of the token page, once the person confirmed; then shows that kind's list (or the page again). */
@Named
@RequestScoped
public class DeleteToken {

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    ConsoleMessages messages;

    @Inject
    TokenDetails details;

    public String delete() {
        if (details.getToken() == null) {
            return null;
        }
        boolean deleted = tokenApi.delete(details.getTokenKind(), details.getToken().id());
        messages.keepAcrossRedirect();
        return deleted ? "/index.xhtml?faces-redirect=true&kind=" + details.getTokenKind().word() : details.self();
    }
}
