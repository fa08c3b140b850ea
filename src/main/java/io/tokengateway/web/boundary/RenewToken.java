package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ChangeReceipt;
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
    ChangeReceipt receipt;

    @Inject
    TokenDetails details;

    public String renew() {
        if (details.getToken() == null) {
            return null;
        }
        int id = details.getToken().id();
        receipt.after(id, () -> tokenApi.renew(details.getTokenKind(), id, details::show));
        return details.self();
    }
}
