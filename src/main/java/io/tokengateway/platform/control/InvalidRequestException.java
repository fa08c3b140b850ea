package io.tokengateway.platform.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A client's request is wrong; carries every problem by field, answered as 400 in Millicast's validation shape. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, List<String>> errors;

    public InvalidRequestException(Map<String, List<String>> errors) {
        super("Validation errors: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
