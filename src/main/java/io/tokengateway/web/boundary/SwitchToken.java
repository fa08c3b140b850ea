package io.tokengateway.web.boundary;

import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Switches a token on or off: the one the page is about as the form says, or a listed one to its opposite. */
@Named
@ViewScoped
public class SwitchToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    TokenDetails details;

    private boolean active = true;

    public void change() {
        tokenApi.setActive(details.id(), active, details::show);
    }

    public void toggle(PublishToken token) {
        tokenApi.setActive(token.id(), !token.isActive(), details::show);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
