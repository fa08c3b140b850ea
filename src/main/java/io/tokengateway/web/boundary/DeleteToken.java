package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsoleTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Deletes a token: the one the page is about, or a listed one. */
@Named
@RequestScoped
public class DeleteToken {

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    TokenDetails details;

    public void delete() {
        remove(details.id());
    }

    public void remove(int id) {
        if (tokenApi.delete(id)) {
            details.forget(id);
        }
    }
}
