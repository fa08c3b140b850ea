package io.tokengateway.tokens.boundary;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.boundary.RateLimitedResponse;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.RateLimits;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.control.TokenIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's own conveniences beside Dolby's API: delete many tokens in one call (each one audited, answered
 * like the native bulk disable), and list every token by walking pages of 100 until an empty page. Each upstream
 * call they cause spends one of the caller's permits (the access filter spent the first), so one call cannot spend
 * the account's upstream budget: a delete past the limit is not attempted and reported as failed, a list past it
 * answers 429.
 */
@RequestScoped
public class BulkDeletion {

    /** At most this many ids in one bulk delete. */
    static final int MAX_IDS = 100;
    /** At most this many pages of 100 in one "list everything". */
    static final int MAX_PAGES = 100;

    @Inject
    TokenGateway gateway;

    @Inject
    JsonBodies bodies;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEntry> audit;

    @Inject
    RateLimits limits;

    /** Deletes each listed token of this kind through the table's delete route, one audit row per token. */
    public Response delete(TokenKind kind, String body) {
        String action = Operation.PUBLISH_DELETE.auditAction().orElseThrow();
        List<Integer> ids = ids(bodies.object(body));
        JsonArrayBuilder done = JsonFactories.arrayBuilder();
        JsonArrayBuilder failed = JsonFactories.arrayBuilder();
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            Optional<Duration> wait = i == 0 ? Optional.empty() : spend(RateLimits.Kind.CHANGE);
            if (wait.isPresent()) {
                String why = "Not attempted: at most " + rate(RateLimits.Kind.CHANGE) + " changes per second per "
                        + "credential; retry in " + wait.get().toSeconds() + " s";
                audit.fire(new AuditEntry(caller.identity().actor(), action, id, null, "bulk delete", "429 not attempted",
                        kind.word()));
                failed.add(JsonFactories.objectBuilder().add("tokenId", id).add("errorMessage", why));
                continue;
            }
            UpstreamResponse answer = gateway.send(
                    RouteRequests.of(Operation.PUBLISH_DELETE, kind, Integer.toString(id), Map.of(), null));
            audit.fire(new AuditEntry(caller.identity().actor(), action, id, null, "bulk delete",
                    Integer.toString(answer.status()), kind.word()));
            if (answer.isSuccess()) {
                done.add(id);
            } else {
                failed.add(JsonFactories.objectBuilder().add("tokenId", id).add("errorMessage", TokenAnswers.reason(answer)));
            }
        }
        JsonObject data = JsonFactories.objectBuilder().add("successfulTokens", done).add("failedTokens", failed).build();
        return Relay.of(new UpstreamResponse(200, MillicastEnvelope.success(data).toString()));
    }

    /** Walks {@code list} pages of 100; the header {@code X-Gateway-Truncated: true} says the bound was reached. */
    public Response listAll(TokenKind kind, UriInfo uri) {
        JsonArrayBuilder all = JsonFactories.arrayBuilder();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Optional<Duration> wait = page == 1 ? Optional.empty() : spend(RateLimits.Kind.READ);
            if (wait.isPresent()) {
                return RateLimitedResponse.tooMany(wait.get(), limits.perSecond(RateLimits.Kind.READ),
                        RateLimits.Kind.READ.plural());
            }
            Map<String, String> query = new LinkedHashMap<>();
            query.put("page", Integer.toString(page));
            query.put("itemsOnPage", "100");
            query.put("sortBy", uri.getQueryParameters().getFirst("sortBy") == null ? "AddedOn" : uri.getQueryParameters().getFirst("sortBy"));
            UpstreamResponse answer = gateway.send(RouteRequests.of(Operation.PUBLISH_LIST, kind, null, query, null));
            if (!answer.isSuccess()) {
                return Relay.of(answer);
            }
            JsonArray tokens = TokenAnswers.data(answer).orElseThrow().asJsonArray();
            if (tokens.isEmpty()) {
                return Relay.of(new UpstreamResponse(200, MillicastEnvelope.success(all.build()).toString()));
            }
            tokens.forEach(all::add);
        }
        return Response.fromResponse(Relay.of(new UpstreamResponse(200, MillicastEnvelope.success(all.build()).toString())))
                .header("X-Gateway-Truncated", "true").build();
    }

    private Optional<Duration> spend(RateLimits.Kind kind) {
        return limits.spend(kind, caller.identity().credentialKey());
    }

    private String rate(RateLimits.Kind kind) {
        return java.math.BigDecimal.valueOf(limits.perSecond(kind)).stripTrailingZeros().toPlainString();
    }

    private static List<Integer> ids(JsonObject request) {
        if (!(request.get("tokenIds") instanceof JsonArray given) || given.isEmpty()) {
            throw InvalidRequestException.of("tokenIds", "tokenIds must list at least one token id");
        }
        if (given.size() > MAX_IDS) {
            throw InvalidRequestException.of("tokenIds", "tokenIds may list at most " + MAX_IDS + " ids");
        }
        List<Integer> ids = new ArrayList<>();
        for (JsonValue value : given) {
            try {
                ids.add(TokenIds.parse(value));
            } catch (InvalidRequestException e) {
                throw InvalidRequestException.of("tokenIds[" + ids.size() + "]", "each token id must be a whole number from 1 to 2147483647");
            }
        }
        return ids;
    }
}
