package io.tokengateway.contract.entity;

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
}
