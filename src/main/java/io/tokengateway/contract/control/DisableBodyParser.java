package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.ValidationErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the body of the bulk disable call (API.md P11): {@code tokenIds}, 32-bit integers, at least one. */
public final class DisableBodyParser {

    private DisableBodyParser() {
    }

    /** The ids in the order given, without repeats; every problem is recorded in {@code errors}. */
    public static Set<Integer> tokenIds(JsonObject body, ValidationErrors errors) {
        Set<Integer> ids = new LinkedHashSet<>();
        JsonValue value = body.get("tokenIds");
        if (JsonValues.isAbsent(value)) {
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
}
