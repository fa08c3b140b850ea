package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Gives the token of the token page a new token string, once the person confirmed; then shows the page again. */
@Named
@RequestScoped
public class RenewToken {

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    ConsoleMessages messages;

    @Inject
    TokenDetails details;

    public String renew() {
        if (details.getToken() == null) {
            return null;
        }
        tokenApi.renew(details.getTokenKind(), details.getToken().id(), details::show);
        messages.keepAcrossRedirect();
        return details.self();
    }
}
