package io.tokengateway.sandbox.control;

import io.tokengateway.sandbox.control.ListQueryParser.Variant;
import io.tokengateway.sandbox.control.TokenJson.View;
import io.tokengateway.sandbox.entity.BodyDialect;
import io.tokengateway.sandbox.entity.ListQuery;
import io.tokengateway.sandbox.entity.SandboxToken;
import io.tokengateway.sandbox.entity.TokenKind;
import io.tokengateway.sandbox.entity.ValidationErrors;
import io.tokengateway.tokens.entity.UpstreamRequest;
import io.tokengateway.tokens.entity.UpstreamResponse;
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

/** The calls publish and subscribe tokens share: create, read, update V1/V2, delete and the lists. */
final class TokenOperations {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

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

    UpstreamResponse create(UpstreamRequest request) {
        if (!(request.body() instanceof JsonObject body)) {
            return SandboxReplies.bodyNotAnObject(request.body());
        }
        ValidationErrors errors = new ValidationErrors();
        TokenRequestValidator.validate(kind, BodyDialect.CREATE, body, errors);
        TokenConsistencyRules.check(kind, BodyDialect.CREATE, body, null, errors);
        if (!errors.isEmpty()) {
            return SandboxReplies.invalid(errors);
        }
        var addedOn = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<SandboxToken> created = store.add(id -> factory.create(kind, body, id, addedOn));
        if (created.isEmpty()) {
            return SandboxReplies.fieldFailure("token",
                    "Sandbox limit of " + store.capacity() + " tokens reached; delete some first.");
        }
        return SandboxReplies.ok(TokenJson.toJson(created.get(), View.CREATED));
    }

    UpstreamResponse read(int id) {
        return store.find(id)
                .map(token -> SandboxReplies.ok(TokenJson.toJson(token, View.V1)))
                .orElseGet(() -> SandboxReplies.noSuchToken(kind, id));
    }

    /** Validation comes before the change; a concurrent change in between makes it start again. */
    UpstreamResponse update(UpstreamRequest request, int id, BodyDialect dialect) {
        JsonValue given = request.body();
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return SandboxReplies.noPropertiesToUpdate();
        }
        if (!(given instanceof JsonObject body)) {
            return SandboxReplies.bodyNotAnObject(given);
        }
        if (!TokenSchema.specifiesAnything(kind, dialect, body)) {
            return SandboxReplies.noPropertiesToUpdate();
        }
        while (true) {
            Optional<SandboxToken> found = store.find(id);
            if (found.isEmpty()) {
                return SandboxReplies.noSuchToken(kind, id);
            }
            SandboxToken current = found.get();
            ValidationErrors errors = new ValidationErrors();
            TokenRequestValidator.validate(kind, dialect, body, errors);
            TokenConsistencyRules.check(kind, dialect, body, current, errors);
            if (!errors.isEmpty()) {
                return SandboxReplies.invalid(errors);
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

    UpstreamResponse list(UpstreamRequest request, Variant variant) {
        ValidationErrors errors = new ValidationErrors();
        ListQuery query = ListQueryParser.parse(request.query(), variant, errors);
        if (query == null) {
            return variant == Variant.BY_CLUSTER ? SandboxReplies.invalidFlat(errors) : SandboxReplies.invalid(errors);
        }
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
