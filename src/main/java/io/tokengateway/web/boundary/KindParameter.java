package io.tokengateway.web.boundary;

import io.tokengateway.contract.entity.TokenKind;

/** The kind of token a console URL names ({@code kind=subscribe}); anything else means publish tokens. */
final class KindParameter {

    private KindParameter() {
    }

    static TokenKind of(String word) {
        return TokenKind.SUBSCRIBE.word().equals(word) ? TokenKind.SUBSCRIBE : TokenKind.PUBLISH;
    }
}
