package io.tokengateway.web.control;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.control.IdempotentCreates;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.TokenListQuery;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the token page asks of the Millicast token API: the first page of tokens, one token, and the changes, each
 * a {@link ConsoleAction} for an editor that spends a permit of the change rate limit, as through the JSON routes.
 * A refused call tells the person the API's own words.
 */
@ApplicationScoped
public class ConsoleTokens {

    @Inject
    TokenGateway gateway;

    @Inject
    TokenAnswers answers;

    @Inject
    ConsoleAction console;

    @Inject
    IdempotentCreates creates;

    @Inject
    AuditNotes notes;

    @Inject
    Caller caller;

    @Inject
    ConsoleMessages messages;

    /** Empty when the API refused. */
    public Optional<List<PublishToken>> firstPage() {
        return read(gateway.listPublishTokens(TokenListQuery.firstPage()), answers::tokens);
    }

    /** Empty when the API refused, e.g. there is no such token. */
    public Optional<PublishToken> find(int id) {
        return read(gateway.getPublishToken(id), answers::token);
    }

    /**
     * A token for one stream, labelled with its name, as the tutorial's page makes it; handed to {@code show}.
     * Made at most once per {@code submission} (the form's own Idempotency-Key): a form sent twice, by a double
     * click or a resend after a lost answer, shows the first answer again.
     */
    public boolean create(String streamName, String submission, Consumer<PublishToken> show) {
        JsonObject settings = Json.createObjectBuilder()
                .add("label", streamName)
                .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("streamName", streamName)))
                .build();
        return console.run(change(AuditActions.TOKEN_CREATE, null, "create for stream " + streamName), () -> {
            IdempotentCreates.Outcome outcome = creates.once(caller.identity().credentialKey(), submission,
                    RouteRequests.withBody(Operation.PUBLISH_CREATE, settings), () -> gateway.createPublishToken(settings));
            ChangeOutcome done = withToken(outcome.answer(), show,
                    token -> "Created token " + token.id() + " for stream " + streamName);
            return outcome.replayed() ? done.summarised("create for stream " + streamName + " (form sent again: the"
                    + " earlier answer)") : done;
        });
    }

    /** Switches a token on or off; the changed token is handed to {@code show}. */
    public boolean setActive(int id, boolean wanted, Consumer<PublishToken> show) {
        JsonObject activeFlag = Json.createObjectBuilder().add("isActive", wanted).build();
        return console.run(change(AuditActions.TOKEN_UPDATE, id, "isActive " + wanted),
                () -> withToken(gateway.updatePublishToken(id, activeFlag), show,
                        token -> "Token " + token.id() + (token.isActive() ? " is active" : " is inactive")));
    }

    public boolean delete(int id) {
        return console.run(change(AuditActions.TOKEN_DELETE, id, "delete"), () -> {
            UpstreamResponse answer = gateway.deletePublishToken(id);
            return answer.isSuccess() ? ChangeOutcome.done(answer.status(), "Deleted token " + id) : failed(answer);
        });
    }

    private static ConsoleChange change(String action, Integer tokenId, String summary) {
        return ConsoleChange.of(action, Role.EDITOR).rateLimited().onToken(tokenId).summarised(summary);
    }

    private <T> Optional<T> read(UpstreamResponse answer, Function<UpstreamResponse, T> reading) {
        if (answer.isSuccess()) {
            return Optional.of(reading.apply(answer));
        }
        messages.error(answers.problem(answer));
        return Optional.empty();
    }

    /** A change answered with the token: done about that token, or the API's problem. */
    private ChangeOutcome withToken(UpstreamResponse answer, Consumer<PublishToken> show,
            Function<PublishToken, String> message) {
        if (!answer.isSuccess()) {
            return failed(answer);
        }
        PublishToken token = answers.token(answer);
        show.accept(token);
        return ChangeOutcome.done(answer.status(), message.apply(token)).aboutToken(token.id(), token.label());
    }

    /** The API's problem; the audit row gets what the call noted, e.g. that a create's answer was lost. */
    private ChangeOutcome failed(UpstreamResponse answer) {
        String noted = notes.reasons();
        return ChangeOutcome.failed(answer.status(), noted.isEmpty() ? null : noted, answers.problem(answer));
    }
}
