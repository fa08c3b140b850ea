package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.TokenSchema;
import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.TokenField;
import io.tokengateway.contract.entity.TokenKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the deprecated v1 update names ({@code updateAllowedOrigins}, …) into the v2 names
 * ({@code allowedOrigins}, …), so a client written against v1 works against the v2 update.
 * The names come from the contract's schema of publish-token fields.
 */
public final class UpdateFieldNames {

    /** v1 name → v2 name, for the fields whose v1 name carries the {@code update} prefix. */
    private static final Map<String, String> V1_TO_V2 = TokenSchema.fields(TokenKind.PUBLISH).stream()
            .filter(TokenField::v1Prefixed)
            .collect(Collectors.toUnmodifiableMap(f -> f.requestName(BodyDialect.UPDATE_V1), TokenField::name,
                    (a, b) -> a));

    private UpdateFieldNames() {
    }

    public static JsonObject toV2(JsonObject changes) {
        JsonObjectBuilder v2 = JsonFactories.objectBuilder();
        changes.forEach((name, value) -> {
            String plain = V1_TO_V2.get(name);
            if (plain == null) {
                v2.add(name, value);
            } else if (!changes.containsKey(plain)) {
                v2.add(plain, value);
            }
        });
        return v2.build();
    }
}
