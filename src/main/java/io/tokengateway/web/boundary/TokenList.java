package io.tokengateway.web.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.control.ConsoleTokens;
import io.tokengateway.web.entity.ChangeDone;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The token page's list: the first page of publish tokens, read when the page opens, on Refresh and after a change. */
@Named
@ViewScoped
public class TokenList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    Caller caller;

    private List<PublishToken> tokens = List.of();

    public void load() {
        caller.require(Role.VIEWER);
        tokenApi.firstPage().ifPresent(page -> tokens = page);
    }

    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) ChangeDone done) {
        load();
    }

    public List<PublishToken> getTokens() {
        return tokens;
    }
}
