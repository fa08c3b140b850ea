package io.tokengateway.tokens.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.ConsoleChanges;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.TokenListQuery;
import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * The token page: create a publish token for a stream, look one up, switch it on or off, delete it,
 * and list the first page of tokens, as the tutorial's page does, with readable results.
 */
@Named
@ViewScoped
public class TokenConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TokenGateway gateway;

    @Inject
    TokenAnswers answers;

    @Inject
    ConsoleChanges changes;

    @Inject
    Caller caller;

    @NotNull
    @Size(min = 1, max = 128, message = "Stream names are 1 to 128 characters")
    private String streamName;

    @NotNull
    @Min(value = 1, message = "Token ids start at 1")
    @Max(value = Integer.MAX_VALUE, message = "Token ids are at most 2147483647")
    private Long tokenId;

    private boolean active = true;
    private PublishToken shown;
    private List<PublishToken> tokens = List.of();

    public void create() {
        if (refused("token.create", null)) {
            return;
        }
        var settings = Json.createObjectBuilder()
                .add("label", streamName)
                .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("streamName", streamName)))
                .build();
        whenDone("token.create", null, "create for stream " + streamName, gateway.createPublishToken(settings), answer -> {
            shown = answers.token(answer);
            inform("Created token " + shown.id() + " for stream " + streamName);
            refresh();
        });
    }

    public void lookUp() {
        caller.require(Role.VIEWER);
        whenDone(gateway.getPublishToken(id()), answer -> shown = answers.token(answer));
    }

    public void changeActive() {
        changeActive(id(), active);
    }

    /** Switches a listed token to the opposite of what it is. */
    public void toggle(PublishToken token) {
        changeActive(token.id(), !token.isActive());
    }

    private void changeActive(int id, boolean wanted) {
        if (refused("token.update", id)) {
            return;
        }
        var activeFlag = Json.createObjectBuilder().add("isActive", wanted).build();
        whenDone("token.update", id, "isActive " + wanted, gateway.updatePublishToken(id, activeFlag), answer -> {
            shown = answers.token(answer);
            inform("Token " + shown.id() + (shown.isActive() ? " is active" : " is inactive"));
            refresh();
        });
    }

    public void delete() {
        remove(id());
    }

    public void remove(int id) {
        if (refused("token.delete", id)) {
            return;
        }
        whenDone("token.delete", id, "delete", gateway.deletePublishToken(id), answer -> {
            inform("Deleted token " + id);
            if (shown != null && shown.id() == id) {
                shown = null;
            }
            refresh();
        });
    }

    public void refresh() {
        caller.require(Role.VIEWER);
        whenDone(gateway.listPublishTokens(TokenListQuery.firstPage()), answer -> tokens = answers.tokens(answer));
    }

    /** A change: audited with its outcome, then handled like any answer. */
    private void whenDone(String action, Integer tokenId, String summary, UpstreamResponse answer,
            Consumer<UpstreamResponse> onSuccess) {
        Integer id = tokenId;
        String label = null;
        if (answer.isSuccess() && answer.json().asJsonObject().get("data") instanceof jakarta.json.JsonObject data) {
            id = data.containsKey("id") ? data.getInt("id") : tokenId;
            label = data.containsKey("label") && !data.isNull("label") ? data.getString("label") : null;
        }
        changes.record(action, id, label, summary, Integer.toString(answer.status()));
        whenDone(answer, onSuccess);
    }

    private boolean refused(String action, Integer tokenId) {
        var refusal = changes.refusal(Role.EDITOR, action, tokenId, true);
        refusal.ifPresent(text -> FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        return refusal.isPresent();
    }

    private void whenDone(UpstreamResponse answer, Consumer<UpstreamResponse> onSuccess) {
        if (answer.isSuccess()) {
            onSuccess.accept(answer);
        } else {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, answers.problem(answer), null));
        }
    }

    private static void inform(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private int id() {
        return tokenId.intValue();
    }

    public String getStreamName() {
        return streamName;
    }

    public void setStreamName(String streamName) {
        this.streamName = streamName;
    }

    public Long getTokenId() {
        return tokenId;
    }

    public void setTokenId(Long tokenId) {
        this.tokenId = tokenId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public PublishToken getShown() {
        return shown;
    }

    public List<PublishToken> getTokens() {
        return tokens;
    }
}
