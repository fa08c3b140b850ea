package io.tokengateway.security.entity;

/** A new key as answered once: the listing fields and the full key. */
public record IssuedApiKeyView(ApiKeyView apiKey, String key) {

    public static IssuedApiKeyView of(IssuedApiKey issued) {
        return new IssuedApiKeyView(ApiKeyView.of(issued.record()), issued.key());
    }
}
