package io.tokengateway.sandbox.control;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.Endpoint;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * Hands each request to the operation that simulates it. {@link MillicastRules} says which operation a request
 * is and refuses it (404, 405, 400) as Millicast would before any token is looked at; only accepted requests
 * reach the operations.
 */
final class SandboxRouter {

    private final MillicastRules rules;
    private final TokenOperations publish;
    private final TokenOperations subscribe;
    private final PublishTokenOperations publishOnly;

    SandboxRouter(MillicastRules rules, TokenOperations publish, TokenOperations subscribe,
            PublishTokenOperations publishOnly) {
        this.rules = rules;
        this.publish = publish;
        this.subscribe = subscribe;
        this.publishOnly = publishOnly;
    }

    UpstreamResponse route(UpstreamRequest request) {
        Optional<UpstreamResponse> refusal = rules.check(request);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Endpoint endpoint = rules.endpoint(request.method(), request.path()).orElseThrow();
        Operation operation = endpoint.operation();
        TokenOperations tokens = endpoint.kind() == TokenKind.PUBLISH ? publish : subscribe;
        int id = endpoint.tokenId().orElse(0);
        return switch (operation) {
            case PUBLISH_CREATE, SUBSCRIBE_CREATE -> tokens.create(body(request));
            case PUBLISH_READ, SUBSCRIBE_READ -> tokens.read(id);
            case PUBLISH_UPDATE_V1, SUBSCRIBE_UPDATE_V1, PUBLISH_UPDATE_V2, SUBSCRIBE_UPDATE_V2 ->
                tokens.update(body(request), id, operation.bodyDialect().orElseThrow());
            case PUBLISH_DELETE, SUBSCRIBE_DELETE -> tokens.delete(id);
            case PUBLISH_LIST, SUBSCRIBE_LIST, PUBLISH_LIST_BY_NAME, SUBSCRIBE_LIST_BY_NAME, PUBLISH_LIST_BY_CLUSTER ->
                tokens.list(request.query(), operation.listVariant().orElseThrow());
            case PUBLISH_ACTIVE -> publishOnly.active(request.query());
            case PUBLISH_ACTIVE_ALL -> publishOnly.activeAll();
            case PUBLISH_DISABLE -> publishOnly.disable(body(request));
            case PUBLISH_RESTREAM_SYNC -> publishOnly.syncRestream(id);
        };
    }

    /** The rules refuse every body-taking call whose body is not an object, so this cast holds. */
    private static JsonObject body(UpstreamRequest request) {
        return (JsonObject) request.body();
    }
}
