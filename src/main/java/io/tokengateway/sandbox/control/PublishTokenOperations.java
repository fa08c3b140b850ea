package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.DisableBodyParser;
import io.tokengateway.contract.control.QueryParameters;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.sandbox.entity.SandboxToken;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The calls only publish tokens have (API.md P9–P12): active ids, bulk disable, restream sync. Each takes a
 * request {@code MillicastRules} has already accepted.
 */
final class PublishTokenOperations {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private final TokenStore store;
    private final Clock clock;

    PublishTokenOperations(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * {@code streamId} is {@code <accountId>/<streamName>}; any account id, or none, is accepted: a token
     * matches if it allows the whole value or the part after the first {@code /}.
     */
    UpstreamResponse active(Map<String, String> query) {
        String streamId = QueryParameters.find(query, "streamId").orElseThrow();
        int slash = streamId.indexOf('/');
        String withoutAccount = slash >= 0 ? streamId.substring(slash + 1) : streamId;
        return activeIds(token -> TokenQueries.allowsStream(token, streamId)
                || TokenQueries.allowsStream(token, withoutAccount));
    }

    UpstreamResponse activeAll() {
        return activeIds(token -> true);
    }

    /** Sets isActive false on each known id; unknown ids are reported, not fatal. */
    UpstreamResponse disable(JsonObject body) {
        JsonArrayBuilder successful = JSON.createArrayBuilder();
        JsonArrayBuilder failed = JSON.createArrayBuilder();
        for (int id : DisableBodyParser.tokenIds(body, new ValidationErrors())) {
            if (store.update(id, token -> token.withActive(false)).isPresent()) {
                successful.add(id);
            } else {
                failed.add(JSON.createObjectBuilder()
                        .add("tokenId", id)
                        .add("errorMessage", SandboxReplies.noSuchTokenMessage(TokenKind.PUBLISH, id)));
            }
        }
        return SandboxReplies.ok(JSON.createObjectBuilder()
                .add("successfulTokens", successful)
                .add("failedTokens", failed)
                .build());
    }

    /** Nothing streams in the sandbox, so syncing restream targets only checks that the token exists. */
    UpstreamResponse syncRestream(int id) {
        return store.find(id).isPresent() ? SandboxReplies.ok(JsonValue.TRUE)
                : SandboxReplies.noSuchToken(TokenKind.PUBLISH, id);
    }

    /** Active means {@code isActive} and not expired: the sandbox has no live streams to look at. */
    private UpstreamResponse activeIds(Predicate<SandboxToken> allowsStream) {
        Instant now = clock.instant();
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        store.all().stream()
                .filter(token -> token.isActive() && !token.isExpiredAt(now))
                .filter(allowsStream)
                .mapToInt(SandboxToken::id)
                .sorted()
                .forEach(ids::add);
        return SandboxReplies.ok(JSON.createObjectBuilder().add("tokenIds", ids).build());
    }
}
