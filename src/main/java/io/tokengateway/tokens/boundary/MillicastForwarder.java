package io.tokengateway.tokens.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.security.control.Caller;
import io.tokengateway.tokens.control.IdempotentCreates;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.TokenAnswers;
import io.tokengateway.tokens.control.TokenAuditNotes;
import io.tokengateway.tokens.control.TokenGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Carries a call made at one of Millicast's own paths to the API: checks it against Millicast's rules first
 * (a bad request is answered here, as the API would, and never goes upstream), then sends it with the server's secret.
 * The audit row learns why a call was refused, or which token a done one created or changed.
 * Application-scoped: it keeps nothing of a request (what it needs of one comes through request-scoped
 * proxies), and a request-scoped bean costs an injection pass on every call (docs/performance.md).
 */
@ApplicationScoped
public class MillicastForwarder {

    @Inject
    MillicastRules rules;

    @Inject
    TokenGateway gateway;

    @Inject
    JsonBodies bodies;

    @Inject
    AuditNotes notes;

    @Inject
    TokenAuditNotes tokenNotes;

    @Inject
    IdempotentCreates creates;

    @Inject
    Caller caller;

    /** Says that an answer is the kept answer of an earlier create with the same Idempotency-Key. */
    static final String REPLAYED = "Idempotent-Replayed";

    /**
     * A call of {@code route} for tokens of {@code kind} without a body (see {@link RouteRequests} for a route of
     * the other kind); the query is taken from the request as the client sent it.
     *
     * @param tokenId the id segment as the client spelled it, or null for a route without one
     */
    public Response forward(Operation route, TokenKind kind, String tokenId, UriInfo uri) {
        return forward(route, kind, tokenId, uri, null);
    }

    /** The same with a JSON body (any JSON value: the rules say what the API would make of it). */
    public Response forward(Operation route, TokenKind kind, String tokenId, UriInfo uri, String body) {
        notes.tokenKind(kind.word());
        return forward(request(route, kind, tokenId, uri, body));
    }

    /** A call already put in Millicast's terms (the tutorial routes build theirs). */
    public Response forward(UpstreamRequest request) {
        return send(request, null);
    }

    /** A create, made at most once per {@code idempotencyKey} (null: no key) and credential ({@link IdempotentCreates}). */
    public Response create(Operation route, TokenKind kind, UriInfo uri, String body, String idempotencyKey) {
        notes.tokenKind(kind.word());
        return create(request(route, kind, null, uri, body), idempotencyKey);
    }

    /** The same for a create already put in Millicast's terms. */
    public Response create(UpstreamRequest request, String idempotencyKey) {
        return send(request, idempotencyKey);
    }

    private Response send(UpstreamRequest request, String idempotencyKey) {
        Optional<UpstreamResponse> refusal = rules.check(request);
        if (refusal.isPresent()) {
            notes.reason(why(refusal.get()));
            return Relay.of(refusal.get());
        }
        IdempotentCreates.Outcome outcome = creates.once(caller.identity().credentialKey(), idempotencyKey, request,
                () -> gateway.send(request));
        tokenNotes.noteFrom(outcome.answer());
        if (!outcome.replayed()) {
            return Relay.of(outcome.answer());
        }
        notes.reason("replayed the answer of an earlier create with the same " + IdempotentCreates.HEADER);
        return Response.fromResponse(Relay.of(outcome.answer())).header(REPLAYED, "true").build();
    }

    private UpstreamRequest request(Operation route, TokenKind kind, String tokenId, UriInfo uri, String body) {
        JsonValue json = body == null || body.isBlank() ? null : bodies.value(body);
        return RouteRequests.of(route, kind, tokenId, query(uri), json);
    }

    /** For the audit row: {@code validation: label, streams}, or the members of another refusal. */
    private static String why(UpstreamResponse refusal) {
        if (TokenAnswers.data(refusal).orElse(null) instanceof JsonObject data) {
            if (data.get("errors") instanceof JsonObject errors) {
                return AuditOutcome.validation(errors.keySet());
            }
            return "refused: " + String.join(", ", data.keySet());
        }
        return "refused";
    }

    /** The query parameters in the order the client sent them, decoded; the first value of a repeated one. */
    private static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRequestUri().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                query.putIfAbsent(name, value);
            }
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
