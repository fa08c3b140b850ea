package io.tokengateway.web.entity;

import io.tokengateway.security.entity.Role;

/**
 * A change a person asks for on a console page, before it is tried: the audit action, the least role it needs,
 * whether it is {@code limited} (spends a permit of the caller's change rate limit), the sentence for a caller
 * without the role ({@code null}: one naming both roles), the token it is about (kind and id) and a summary for the audit row.
 */
public record ConsoleChange(String action, Role needed, boolean limited, String refusalText, String tokenKind,
        Integer tokenId, String summary) {

    public static ConsoleChange of(String action, Role needed) {
        return new ConsoleChange(action, needed, false, null, null, null, null);
    }

    /** Spends a change permit, as token changes through the JSON routes do; local administration does not. */
    public ConsoleChange rateLimited() {
        return new ConsoleChange(action, needed, true, refusalText, tokenKind, tokenId, summary);
    }

    public ConsoleChange refusedWith(String text) {
        return new ConsoleChange(action, needed, limited, text, tokenKind, tokenId, summary);
    }

    /** About the token {@code id} (null for one not made yet) of {@code kind} ({@code publish} or {@code subscribe}). */
    public ConsoleChange onToken(String kind, Integer id) {
        return new ConsoleChange(action, needed, limited, refusalText, kind, id, summary);
    }

    public ConsoleChange summarised(String text) {
        return new ConsoleChange(action, needed, limited, refusalText, tokenKind, tokenId, text);
    }
}
