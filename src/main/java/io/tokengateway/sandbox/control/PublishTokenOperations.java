package io.tokengateway.sandbox.control;

import io.tokengateway.sandbox.entity.SandboxToken;
import io.tokengateway.sandbox.entity.TokenKind;
import io.tokengateway.sandbox.entity.ValidationErrors;
import io.tokengateway.tokens.entity.UpstreamRequest;
import io.tokengateway.tokens.entity.UpstreamResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The calls only publish tokens have (API.md P9–P12): active ids, bulk disable, restream sync. */
final class PublishTokenOperations {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

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
    UpstreamResponse active(UpstreamRequest request) {
        String streamId = parameter(request.query(), "streamId");
        if (streamId == null || streamId.isBlank()) {
            return SandboxReplies.invalid("streamId", Messages.required("streamId"));
        }
        int slash = streamId.indexOf('/');
        String withoutAccount = slash >= 0 ? streamId.substring(slash + 1) : streamId;
        return activeIds(token -> TokenQueries.allowsStream(token, streamId)
                || TokenQueries.allowsStream(token, withoutAccount));
    }

    UpstreamResponse activeAll() {
        return activeIds(token -> true);
    }

    /** Sets isActive false on each known id; unknown ids are reported, not fatal. */
    UpstreamResponse disable(UpstreamRequest request) {
        if (!(request.body() instanceof JsonObject body)) {
            return SandboxReplies.bodyNotAnObject(request.body());
        }
        ValidationErrors errors = new ValidationErrors();
        Set<Integer> ids = tokenIds(body, errors);
        if (!errors.isEmpty()) {
            return SandboxReplies.invalid(errors);
        }
        JsonArrayBuilder successful = JSON.createArrayBuilder();
        JsonArrayBuilder failed = JSON.createArrayBuilder();
        for (int id : ids) {
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

    private static Set<Integer> tokenIds(JsonObject body, ValidationErrors errors) {
        Set<Integer> ids = new LinkedHashSet<>();
        JsonValue value = body.get("tokenIds");
        if (TokenRequestValidator.isAbsent(value)) {
            errors.add("tokenIds", Messages.required("tokenIds"));
        } else if (!(value instanceof JsonArray array)) {
            errors.add("tokenIds", Messages.notConvertible("an array"));
        } else {
            if (array.isEmpty()) {
                errors.add("tokenIds", Messages.minItems("tokenIds", 1));
            }
            for (int i = 0; i < array.size(); i++) {
                if (isInt32(array.get(i))) {
                    ids.add(((JsonNumber) array.get(i)).intValue());
                } else {
                    errors.add("tokenIds[" + i + "]", Messages.notConvertible("an integer"));
                }
            }
        }
        return ids;
    }

    private static boolean isInt32(JsonValue value) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return false;
        }
        BigDecimal given = number.bigDecimalValue();
        return given.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && given.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static String parameter(Map<String, String> query, String name) {
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
