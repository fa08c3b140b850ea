package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Switches the token of the token page on or off, then shows the page again (post-redirect-get). */
@Named
@RequestScoped
public class SwitchToken {

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    ConsoleMessages messages;

    @Inject
    TokenDetails details;

    public String toggle() {
        if (details.getToken() == null) {
            return null;
        }
        tokenApi.setActive(details.getTokenKind(), details.getToken().id(), !details.getToken().isActive(),
                details::show);
        messages.keepAcrossRedirect();
        return details.self();
    }
}
