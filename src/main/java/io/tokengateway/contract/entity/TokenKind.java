package io.tokengateway.contract.entity;

import java.util.Arrays;

/** The two token families of the Millicast API; each has its own store and id sequence. */
public enum TokenKind {
    PUBLISH("publish"),
    SUBSCRIBE("subscribe");

    private final String word;

    TokenKind(String word) {
        this.word = word;
    }

    /** The word the API uses in paths and messages: {@code publish_token}, "No publish token with id: 7". */
    public String word() {
        return word;
    }

    /** The path segment of this kind's routes, e.g. {@code publish_token} in {@code /api/publish_token/{id}}. */
    public String pathSegment() {
        return word + "_token";
    }

    /** The kind whose routes have this path segment. */
    public static TokenKind ofPathSegment(String segment) {
        return Arrays.stream(values()).filter(kind -> kind.pathSegment().equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No kind of token has the path segment " + segment));
    }
}
