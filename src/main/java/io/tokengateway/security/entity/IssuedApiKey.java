package io.tokengateway.security.entity;

/** A newly issued key: the stored record, and the full key, which is shown this once and never again. */
public record IssuedApiKey(ApiKey record, String key) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + record.getId() + ", key redacted]";
    }
}
