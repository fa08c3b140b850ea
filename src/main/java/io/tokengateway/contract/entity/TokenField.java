package io.tokengateway.contract.entity;

import java.util.Set;

/**
 * One field the Millicast API knows in a request body.
 *
 * @param name        the plain (V2) name, also the name in the token JSON
 * @param type        the JSON shape it must have
 * @param setting     {@code true} when the token JSON carries the value under its plain name (not label, streams, …)
 * @param v1Prefixed  {@code true} when the V1 update names it {@code update<Name>}
 * @param dialects    the request models that accept it
 */
public record TokenField(String name, FieldType type, boolean setting, boolean v1Prefixed, Set<BodyDialect> dialects) {

    public TokenField {
        dialects = Set.copyOf(dialects);
    }

    /** The name this field has in a body of the given model. */
    public String requestName(BodyDialect dialect) {
        if (v1Prefixed && dialect == BodyDialect.UPDATE_V1) {
            return "update" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    public boolean acceptedIn(BodyDialect dialect) {
        return dialects.contains(dialect);
    }
}
