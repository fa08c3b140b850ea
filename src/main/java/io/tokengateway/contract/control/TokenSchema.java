package io.tokengateway.contract.control;

import static io.tokengateway.contract.entity.BodyDialect.CREATE;
import static io.tokengateway.contract.entity.BodyDialect.UPDATE_V1;
import static io.tokengateway.contract.entity.BodyDialect.UPDATE_V2;

import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.FieldType;
import io.tokengateway.contract.entity.TokenField;
import io.tokengateway.contract.entity.TokenKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that knows which request fields exist (API.md §2–§4): per token kind, per request model,
 * their JSON type and their V1 {@code update*} name. Any other member of a body is not checked.
 */
public final class TokenSchema {

    private static final Set<BodyDialect> ALL = Set.of(CREATE, UPDATE_V1, UPDATE_V2);
    private static final Set<BodyDialect> CREATE_ONLY = Set.of(CREATE);
    private static final Set<BodyDialect> UPDATES = Set.of(UPDATE_V1, UPDATE_V2);

    /** Fields of the token JSON that a client can never set directly. */
    private static final Set<String> RESPONSE_ONLY = Set.of("id", "name", "token", "addedOn", "expiresOn",
            "effectiveSettings", "adminSettings", "integrationId", "srtPassphrase", "isActive", "streams", "tracking");

    private static final List<TokenField> COMMON = List.of(
            new TokenField("label", FieldType.STRING, false, false, ALL),
            new TokenField("streams", FieldType.STREAMS, false, false, CREATE_ONLY),
            new TokenField("expires", FieldType.INTEGER, false, false, CREATE_ONLY),
            new TokenField("refreshToken", FieldType.BOOLEAN, false, false, UPDATES),
            new TokenField("isActive", FieldType.BOOLEAN, false, false, UPDATES),
            new TokenField("removeTokenStreams", FieldType.STRING_LIST, false, false, UPDATES),
            new TokenField("addTokenStreams", FieldType.STREAMS, false, false, UPDATES),
            new TokenField("allowedOrigins", FieldType.STRING_LIST, true, true, ALL),
            new TokenField("allowedIpAddresses", FieldType.STRING_LIST, true, true, ALL),
            new TokenField("bindIpsOnUsage", FieldType.INTEGER, true, true, ALL),
            new TokenField("originCluster", FieldType.STRING, true, true, ALL),
            new TokenField("allowedCountries", FieldType.STRING_LIST, true, true, ALL),
            new TokenField("deniedCountries", FieldType.STRING_LIST, true, true, ALL));

    private static final List<TokenField> PUBLISH_ONLY = List.of(
            new TokenField("subscribeRequiresAuth", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("record", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("clip", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("multisource", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("enableThumbnails", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("lowLatencyRtmp", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("displaySrtPassphrase", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("drm", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("priority", FieldType.INTEGER, true, false, ALL),
            new TokenField("encoderProfileId", FieldType.STRING, true, false, ALL),
            new TokenField("enableUTCInsertion", FieldType.BOOLEAN, true, false, ALL),
            new TokenField("geoCascade", FieldType.GEO_CASCADE, true, true, ALL),
            new TokenField("restream", FieldType.RESTREAM, true, true, ALL));

    private static final List<TokenField> SUBSCRIBE_ONLY = List.of(
            new TokenField("tracking", FieldType.TRACKING, true, false, CREATE_ONLY));

    private static final List<TokenField> PUBLISH = concat(COMMON, PUBLISH_ONLY);
    private static final List<TokenField> SUBSCRIBE = concat(COMMON, SUBSCRIBE_ONLY);
    private static final Set<String> PUBLISH_KNOWN = known(PUBLISH);
    private static final Set<String> SUBSCRIBE_KNOWN = known(SUBSCRIBE);

    private TokenSchema() {
    }

    /** Every field of the kind, whichever request model accepts it. */
    public static List<TokenField> fields(TokenKind kind) {
        return kind == TokenKind.PUBLISH ? PUBLISH : SUBSCRIBE;
    }

    /** The fields one request model accepts. */
    public static List<TokenField> fields(TokenKind kind, BodyDialect dialect) {
        return fields(kind).stream().filter(f -> f.acceptedIn(dialect)).toList();
    }

    /**
     * Whether an update body sets anything: a known field with a value. {@code priority:null} counts,
     * because null is how a client clears it.
     */
    static boolean specifiesAnything(TokenKind kind, BodyDialect dialect, JsonObject body) {
        for (TokenField field : fields(kind, dialect)) {
            String key = field.requestName(dialect);
            JsonValue value = body.get(key);
            if (value != null && (value.getValueType() != JsonValue.ValueType.NULL || "priority".equals(key))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the API already uses this name for the kind: in the token JSON or in any request model (including
     * the other update version's names). Any other body member is unknown to the API.
     */
    public static boolean isKnownName(TokenKind kind, String name) {
        return (kind == TokenKind.PUBLISH ? PUBLISH_KNOWN : SUBSCRIBE_KNOWN).contains(name);
    }

    private static Set<String> known(List<TokenField> fields) {
        Set<String> names = new HashSet<>(RESPONSE_ONLY);
        for (TokenField field : fields) {
            for (BodyDialect dialect : BodyDialect.values()) {
                names.add(field.requestName(dialect));
            }
        }
        return Set.copyOf(names);
    }

    private static List<TokenField> concat(List<TokenField> first, List<TokenField> second) {
        List<TokenField> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
