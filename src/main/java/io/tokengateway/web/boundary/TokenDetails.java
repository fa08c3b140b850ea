package io.tokengateway.web.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The token the page is about: the id typed in its find, switch and delete forms (one value they share), and the
 * token shown in full, as last found, created or switched.
 */
@Named
@ViewScoped
public class TokenDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    Caller caller;

    @NotNull
    @Min(value = 1, message = "Token ids start at 1")
    @Max(value = Integer.MAX_VALUE, message = "Token ids are at most 2147483647")
    private Long tokenId;

    private PublishToken shown;

    public void lookUp() {
        caller.require(Role.VIEWER);
        tokenApi.find(id()).ifPresent(this::show);
    }

    /** The id typed in the forms. */
    public int id() {
        return tokenId.intValue();
    }

    public void show(PublishToken token) {
        shown = token;
    }

    /** A deleted token is not shown any more. */
    public void forget(int id) {
        if (shown != null && shown.id() == id) {
            shown = null;
        }
    }

    public Long getTokenId() {
        return tokenId;
    }

    public void setTokenId(Long tokenId) {
        this.tokenId = tokenId;
    }

    public PublishToken getShown() {
        return shown;
    }
}
