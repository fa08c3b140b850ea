package io.tokengateway.web.boundary;

import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.control.TokenChangeAnswers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;

/** Switches a token on or off: the one the page is about as the form says, or a listed one to its opposite. */
@Named
@ViewScoped
public class SwitchToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleAction console;

    @Inject
    TokenChangeAnswers outcomes;

    @Inject
    TokenGateway gateway;

    @Inject
    TokenDetails details;

    private boolean active = true;

    public void change() {
        change(details.id(), active);
    }

    public void toggle(PublishToken token) {
        change(token.id(), !token.isActive());
    }

    private void change(int id, boolean wanted) {
        var activeFlag = Json.createObjectBuilder().add("isActive", wanted).build();
        console.run(ChangeKinds.token("token.update", id, "isActive " + wanted),
                () -> outcomes.withToken(gateway.updatePublishToken(id, activeFlag), details::show,
                        token -> "Token " + token.id() + (token.isActive() ? " is active" : " is inactive")));
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
