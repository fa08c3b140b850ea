package io.tokengateway.web.boundary;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.tokens.entity.StreamSpec;
import io.tokengateway.web.control.ChangeReceipt;
import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.ConsoleTokens;
import io.tokengateway.web.control.TokenForms;
import io.tokengateway.web.entity.TokenForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Changes the settings and streams of the token page's token through the v2 update: the edit form starts with the
 * token's settings and sends only what changed; streams are added one at a time and removed by name. Each change
 * then shows the page again (post-redirect-get).
 */
@Named
@ViewScoped
public class EditToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    ConsoleMessages messages;

    @Inject
    ChangeReceipt receipt;

    @Inject
    TokenDetails details;

    private TokenForm form;
    private String newStream;
    private boolean newStreamIsRegex;

    public TokenForm getForm() {
        if (form == null) {
            form = details.getToken() == null ? new TokenForm() : TokenForms.filled(details.getToken());
        }
        return form;
    }

    public String save() {
        if (details.getToken() == null) {
            return null;
        }
        TokenForms.Read read = TokenForms.update(details.getTokenKind(), getForm(), details.getToken());
        if (read.body().isEmpty() && read.isClean()) {
            messages.info("Nothing to change: the settings are as they were");
            return null;
        }
        Map<String, List<String>> problems = FieldProblems.merged(read.problems(),
                tokenApi.problems(details.getTokenKind(), false, read.body()));
        if (!problems.isEmpty()) {
            FieldProblems.show(messages, "edit", problems);
            tokenApi.refuse(details.getTokenKind(), details.getToken().id(), problems);
            return null;
        }
        return change(read.body(), "change " + String.join(", ", read.body().keySet()), "Saved the settings of token {id}");
    }

    public String addStream() {
        if (details.getToken() == null) {
            return null;
        }
        var stream = JsonFactories.objectBuilder().add("streamName", newStream == null ? "" : newStream);
        if (newStreamIsRegex) {
            stream.add("isRegex", true);
        }
        JsonObject body = JsonFactories.objectBuilder().add("addTokenStreams", JsonFactories.arrayBuilder().add(stream)).build();
        Map<String, List<String>> problems = FieldProblems.merged(Map.of(),
                tokenApi.problems(details.getTokenKind(), false, body));
        if (!problems.isEmpty()) {
            FieldProblems.show(messages, "streams", problems);
            tokenApi.refuse(details.getTokenKind(), details.getToken().id(), problems);
            return null;
        }
        return change(body, "add stream " + newStream, "Token {id} also covers stream " + newStream);
    }

    public String removeStream(StreamSpec stream) {
        if (details.getToken() == null) {
            return null;
        }
        JsonObject body = JsonFactories.objectBuilder()
                .add("removeTokenStreams", JsonFactories.arrayBuilder().add(stream.streamName())).build();
        return change(body, "remove stream " + stream.streamName(),
                "Token {id} no longer covers stream " + stream.streamName());
    }

    private String change(JsonObject body, String summary, String doneText) {
        int id = details.getToken().id();
        receipt.after(id, () -> tokenApi.update(details.getTokenKind(), id, body, summary, doneText, details::show));
        return details.self();
    }

    public List<StreamSpec> getRemovable() {
        return details.getToken() == null ? List.of() : TokenForms.removable(details.getToken());
    }

    public String getNewStream() {
        return newStream;
    }

    public void setNewStream(String newStream) {
        this.newStream = newStream;
    }

    public boolean isNewStreamIsRegex() {
        return newStreamIsRegex;
    }

    public void setNewStreamIsRegex(boolean newStreamIsRegex) {
        this.newStreamIsRegex = newStreamIsRegex;
    }
}
