package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.ListQueryParser;
import io.tokengateway.contract.control.Refusals;
import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.ListQuery.Variant;
import io.tokengateway.contract.entity.ListQuery;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.sandbox.control.TokenJson.View;
import io.tokengateway.sandbox.entity.SandboxToken;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The calls publish and subscribe tokens share: create, read, update V1/V2, delete and the lists. Each takes a
 * request {@code MillicastRules} has already accepted, and only adds what needs the stored tokens.
 */
final class TokenOperations {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private final TokenKind kind;
    private final TokenStore store;
    private final TokenFactory factory;
    private final TokenUpdater updater;
    private final Clock clock;

    TokenOperations(TokenKind kind, TokenStore store, TokenSecrets secrets, Clock clock) {
        this.kind = kind;
        this.store = store;
        this.factory = new TokenFactory(secrets);
        this.updater = new TokenUpdater(secrets);
        this.clock = clock;
    }

    UpstreamResponse create(JsonObject body) {
        var addedOn = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<SandboxToken> created = store.add(id -> factory.create(kind, body, id, addedOn));
        if (created.isEmpty()) {
            return SandboxReplies.storeFull(store.capacity());
        }
        return SandboxReplies.ok(TokenJson.toJson(created.get(), View.CREATED));
    }

    UpstreamResponse read(int id) {
        return store.find(id)
                .map(token -> SandboxReplies.ok(TokenJson.toJson(token, View.V1)))
                .orElseGet(() -> SandboxReplies.noSuchToken(kind, id));
    }

    /** The state rules are checked on the token found; a concurrent change in between makes it start again. */
    UpstreamResponse update(JsonObject body, int id, BodyDialect dialect) {
        while (true) {
            Optional<SandboxToken> found = store.find(id);
            if (found.isEmpty()) {
                return SandboxReplies.noSuchToken(kind, id);
            }
            SandboxToken current = found.get();
            ValidationErrors errors = CurrentStateRules.check(current, dialect, body);
            if (!errors.isEmpty()) {
                return Refusals.invalid(errors);
            }
            SandboxToken updated = updater.apply(current, body, dialect);
            if (store.replace(current, updated)) {
                return SandboxReplies.ok(TokenJson.toJson(updated,
                        dialect == BodyDialect.UPDATE_V2 ? View.V2 : View.V1));
            }
        }
    }

    UpstreamResponse delete(int id) {
        return store.remove(id) ? SandboxReplies.ok(JsonValue.TRUE) : SandboxReplies.noSuchToken(kind, id);
    }

    UpstreamResponse list(Map<String, String> parameters, Variant variant) {
        ListQuery query = ListQueryParser.parse(parameters, variant, new ValidationErrors());
        Predicate<SandboxToken> wanted = switch (variant) {
            case PLAIN -> token -> true;
            case BY_NAME -> token -> TokenQueries.matchesName(token, query.name(), query.filterBy());
            case BY_CLUSTER -> token -> TokenQueries.inCluster(token, query.cluster());
        };
        List<SandboxToken> matching = store.all().stream().filter(wanted).toList();
        JsonArrayBuilder page = JSON.createArrayBuilder();
        TokenQueries.page(matching, query).forEach(token -> page.add(TokenJson.toJson(token, View.V1)));
        return SandboxReplies.ok(page.build());
    }
}
