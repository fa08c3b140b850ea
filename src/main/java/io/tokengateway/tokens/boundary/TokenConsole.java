package io.tokengateway.tokens.boundary;

import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.TokenListQuery;
import io.tokengateway.tokens.entity.UpstreamResponse;
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
        var settings = Json.createObjectBuilder()
                .add("label", streamName)
                .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("streamName", streamName)))
                .build();
        whenDone(gateway.createPublishToken(settings), answer -> {
            shown = answers.token(answer);
            inform("Created token " + shown.id() + " for stream " + streamName);
            refresh();
        });
    }

    public void lookUp() {
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
        var changes = Json.createObjectBuilder().add("isActive", wanted).build();
        whenDone(gateway.updatePublishToken(id, changes), answer -> {
            shown = answers.token(answer);
            inform("Token " + shown.id() + (shown.isActive() ? " is active" : " is inactive"));
            refresh();
        });
    }

    public void delete() {
        remove(id());
    }

    public void remove(int id) {
        whenDone(gateway.deletePublishToken(id), answer -> {
            inform("Deleted token " + id);
            if (shown != null && shown.id() == id) {
                shown = null;
            }
            refresh();
        });
    }

    public void refresh() {
        whenDone(gateway.listPublishTokens(TokenListQuery.firstPage()), answer -> tokens = answers.tokens(answer));
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
