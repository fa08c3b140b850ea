package io.tokengateway.web.entity;

import io.tokengateway.contract.entity.TokenKind;

/**
 * What a token list shows, as its URL says it: the kind of token, the page (from 1) and its size (1–100), the
 * order (by {@code name} or {@code added}, either way), an optional search text and where to look for it
 * ({@code token}, {@code stream} or {@code both}), and for publish tokens an optional origin cluster.
 */
public record TokenListView(TokenKind kind, int page, int size, String sort, boolean descending, String search,
        String searchIn, String cluster) {

    public static final int DEFAULT_SIZE = 25;

    public boolean isSearch() {
        return search != null && !search.isBlank();
    }

    public boolean isClusterFilter() {
        return kind == TokenKind.PUBLISH && cluster != null && !cluster.isBlank();
    }
}
