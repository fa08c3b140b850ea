package io.tokengateway.web.boundary;

import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.control.ChangeReceipt;
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
    ChangeReceipt receipt;

    @Inject
    TokenDetails details;

    public String toggle() {
        if (details.getToken() == null) {
            return null;
        }
        PublishToken token = details.getToken();
        receipt.after(token.id(), () -> tokenApi.setActive(details.getTokenKind(), token.id(), !token.isActive(),
                details::show));
        return details.self();
    }
}
