package io.tokengateway.web.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.control.IdempotentCreates;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.entity.BulkResult;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import io.tokengateway.web.entity.TokenListView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the token pages ask of the Millicast token API, for both kinds of token: a page of a list, one token, the
 * live ones, and the changes, each a {@link ConsoleAction} for an editor that spends a permit of the change rate
 * limit, as through the JSON routes. Bodies are judged by the API's own rules ({@link MillicastRules}) before
 * anything is sent; a refused or failed call tells the person in words ({@link ConsoleProblems}).
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

    @Inject
    MillicastRules rules;

    @Inject
    ConsoleProblems problems;

    /** One page of a list as the view asks for it; empty when the API refused (the person is told). */
    public Optional<List<PublishToken>> list(TokenListView view) {
        Map<String, String> query = new LinkedHashMap<>();
        Operation route;
        if (view.isSearch()) {
            route = pick(view.kind(), Operation.PUBLISH_LIST_BY_NAME, Operation.SUBSCRIBE_LIST_BY_NAME);
            query.put("name", view.search().strip());
            query.put("filterBy", switch (view.searchIn()) {
                case "token" -> "TokenName";
                case "stream" -> "StreamName";
                default -> "TokenOrStreamName";
            });
        } else if (view.isClusterFilter()) {
            route = Operation.PUBLISH_LIST_BY_CLUSTER;
            query.put("cluster", view.cluster());
        } else {
            route = pick(view.kind(), Operation.PUBLISH_LIST, Operation.SUBSCRIBE_LIST);
        }
        query.put("page", Integer.toString(view.page()));
        query.put("itemsOnPage", Integer.toString(view.size()));
        query.put("sortBy", "added".equals(view.sort()) ? "AddedOn" : "Name");
        query.put("isDescending", Boolean.toString(view.descending()));
        return read(gateway.send(RouteRequests.withQuery(route, query)), answers::tokens);
    }

    /** Empty when the API refused, e.g. there is no such token (the person is told). */
    public Optional<PublishToken> find(TokenKind kind, int id) {
        return read(gateway.send(RouteRequests.of(pick(kind, Operation.PUBLISH_READ, Operation.SUBSCRIBE_READ), id)),
                answers::token);
    }

    /** The ids of the publish tokens a stream is live on now; empty when the API could not say. */
    public Set<Integer> liveTokenIds() {
        UpstreamResponse answer = gateway.send(RouteRequests.of(Operation.PUBLISH_ACTIVE_ALL));
        if (!answer.isSuccess() || !(TokenAnswers.data(answer).orElse(null) instanceof JsonObject data)
                || !(data.get("tokenIds") instanceof JsonArray ids)) {
            return Set.of();
        }
        return ids.getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * What the API's rules say of a create or update body before it is sent: JSON path to messages, e.g.
     * {@code label} or {@code streams[0].streamName}; empty when it would be accepted.
     */
    public Map<String, List<String>> problems(TokenKind kind, boolean create, JsonObject body) {
        Operation route = create ? pick(kind, Operation.PUBLISH_CREATE, Operation.SUBSCRIBE_CREATE)
                : pick(kind, Operation.PUBLISH_UPDATE_V2, Operation.SUBSCRIBE_UPDATE_V2);
        UpstreamRequest request = create ? RouteRequests.withBody(route, body) : RouteRequests.withBody(route, 1, body);
        return rules.check(request).map(ConsoleTokens::fieldProblems).orElse(Map.of());
    }

    /**
     * Makes a token with these settings, handed to {@code show}. Made at most once per {@code submission} (the
     * form's own Idempotency-Key): a form sent twice, by a double click or a resend after a lost answer, shows the
     * first answer again.
     */
    public boolean create(TokenKind kind, JsonObject settings, String submission, Consumer<PublishToken> show) {
        String streams = streamNames(settings);
        String summary = (kind == TokenKind.PUBLISH ? "create" : "create subscribe token") + " for " + streams;
        Operation route = pick(kind, Operation.PUBLISH_CREATE, Operation.SUBSCRIBE_CREATE);
        return console.run(change(kind, AuditActions.TOKEN_CREATE, null, summary), () -> {
            IdempotentCreates.Outcome outcome = creates.once(caller.identity().credentialKey(), submission,
                    RouteRequests.withBody(route, settings), () -> gateway.send(RouteRequests.withBody(route, settings)));
            ChangeOutcome done = withToken(outcome.answer(), show,
                    token -> "Created token " + token.id() + " for " + streams);
            return outcome.replayed() ? done.summarised(summary + " (form sent again: the earlier answer)") : done;
        });
    }

    /** Changes a token through the v2 update; {@code summary} names the change for the audit row. */
    public boolean update(TokenKind kind, int id, JsonObject changes, String summary, String doneText,
            Consumer<PublishToken> show) {
        Operation route = pick(kind, Operation.PUBLISH_UPDATE_V2, Operation.SUBSCRIBE_UPDATE_V2);
        return console.run(change(kind, AuditActions.TOKEN_UPDATE, id, summary),
                () -> withToken(gateway.send(RouteRequests.withBody(route, id, changes)), show,
                        token -> doneText.replace("{id}", Integer.toString(token.id()))));
    }

    /** Switches a token on or off; the changed token is handed to {@code show}. */
    public boolean setActive(TokenKind kind, int id, boolean wanted, Consumer<PublishToken> show) {
        JsonObject activeFlag = JsonFactories.objectBuilder().add("isActive", wanted).build();
        return update(kind, id, activeFlag, "isActive " + wanted,
                "Token {id} " + (wanted ? "is active" : "is inactive"), show);
    }

    /** A new token string; the old one stops working at once. */
    public boolean renew(TokenKind kind, int id, Consumer<PublishToken> show) {
        JsonObject refresh = JsonFactories.objectBuilder().add("refreshToken", true).build();
        return update(kind, id, refresh, "refreshToken", "Token {id} has a new token string: the old one no longer works",
                show);
    }

    public boolean delete(TokenKind kind, int id) {
        Operation route = pick(kind, Operation.PUBLISH_DELETE, Operation.SUBSCRIBE_DELETE);
        return console.run(change(kind, AuditActions.TOKEN_DELETE, id, "delete"), () -> {
            UpstreamResponse answer = gateway.send(RouteRequests.of(route, id));
            return answer.isSuccess() ? ChangeOutcome.done(answer.status(), "Deleted token " + id) : failed(answer);
        });
    }

    /**
     * One token's part of a bulk change ({@code disable}, {@code enable} or {@code delete}): its own audit row and
     * rate-limit permit, as if done alone, and its result in words.
     */
    public BulkResult bulk(TokenKind kind, String action, int id) {
        ChangeOutcome[] seen = new ChangeOutcome[1];
        ConsoleChange change = "delete".equals(action) ? change(kind, AuditActions.TOKEN_DELETE, id, "delete (bulk)")
                : change(kind, AuditActions.TOKEN_UPDATE, id, "isActive " + "enable".equals(action) + " (bulk)");
        boolean done = console.run(change, () -> {
            UpstreamResponse answer = "delete".equals(action)
                    ? gateway.send(RouteRequests.of(pick(kind, Operation.PUBLISH_DELETE, Operation.SUBSCRIBE_DELETE), id))
                    : gateway.send(RouteRequests.withBody(pick(kind, Operation.PUBLISH_UPDATE_V2,
                            Operation.SUBSCRIBE_UPDATE_V2), id, JsonFactories.objectBuilder()
                            .add("isActive", "enable".equals(action)).build()));
            seen[0] = answer.isSuccess() ? ChangeOutcome.done(answer.status(), action + "d") : failed(answer);
            return seen[0];
        });
        return new BulkResult(id, done, seen[0] == null ? "not attempted: refused (your role or the change rate limit)"
                : seen[0].message());
    }

    /**
     * Writes the audit row of a create or update that a form's fields stopped before anything was sent, and tells
     * the person to look at the marked fields.
     */
    public void refuse(TokenKind kind, Integer id, Map<String, List<String>> fieldProblems) {
        console.run(change(kind, id == null ? AuditActions.TOKEN_CREATE : AuditActions.TOKEN_UPDATE, id,
                id == null ? "create" : "update"), () -> ChangeOutcome.failed(400,
                AuditOutcome.validation(fieldProblems.keySet()), "Nothing was sent: correct the marked fields"));
    }

    private static Operation pick(TokenKind kind, Operation publish, Operation subscribe) {
        return kind == TokenKind.PUBLISH ? publish : subscribe;
    }

    private static ConsoleChange change(TokenKind kind, String action, Integer tokenId, String summary) {
        return ConsoleChange.of(action, Role.EDITOR).rateLimited().onToken(kind.word(), tokenId).summarised(summary);
    }

    private static String streamNames(JsonObject settings) {
        if (!(settings.get("streams") instanceof JsonArray streams) || streams.isEmpty()) {
            return "no stream";
        }
        String names = streams.stream()
                .map(s -> s instanceof JsonObject o && o.get("streamName") instanceof JsonString n ? n.getString() : "?")
                .collect(Collectors.joining(", "));
        return (streams.size() == 1 ? "stream " : "streams ") + names;
    }

    /** The field problems of a 400 in the validation shape, or of one in the field-keyed shape. */
    private static Map<String, List<String>> fieldProblems(UpstreamResponse refusal) {
        JsonValue data = TokenAnswers.data(refusal).orElse(JsonValue.EMPTY_JSON_OBJECT);
        Map<String, List<String>> found = new LinkedHashMap<>();
        if (data instanceof JsonObject details && details.get("errors") instanceof JsonObject errors) {
            errors.forEach((field, messages) -> found.put(field, messages instanceof JsonArray list
                    ? list.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                    : List.of(messages.toString())));
        } else if (data instanceof JsonObject details) {
            details.forEach((field, message) -> found.put(field, List.of(message instanceof JsonString text
                    ? text.getString() : message.toString())));
        } else {
            found.put("$", List.of(TokenAnswers.reason(refusal)));
        }
        return found;
    }

    private <T> Optional<T> read(UpstreamResponse answer, Function<UpstreamResponse, T> reading) {
        if (answer.isSuccess()) {
            return Optional.of(reading.apply(answer));
        }
        messages.error(problems.ofRead(answer));
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
        return ChangeOutcome.failed(answer.status(), noted.isEmpty() ? null : noted, problems.ofChange(answer));
    }
}
