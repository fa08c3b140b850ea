package io.tokengateway.contract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem found in one request, keyed by JSON path or parameter name, in the order found. */
public final class ValidationErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** Whether the field, or anything inside it ({@code field[0]}, {@code field.x}), already has a problem. */
    public boolean hasAnyUnder(String field) {
        return errors.keySet().stream().anyMatch(key -> key.equals(field) || key.startsWith(field + "[")
                || key.startsWith(field + "."));
    }

    /** Field to messages, in the order found; read-only. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(errors);
    }
}
