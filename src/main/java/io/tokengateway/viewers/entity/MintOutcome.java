package io.tokengateway.viewers.entity;

import java.util.List;
import java.util.Map;

/**
 * What came of one viewer's request: a token, or the problems by field (Millicast's validation shape), never both.
 */
public record MintOutcome(MintedToken token, Map<String, List<String>> errors) {

    public static MintOutcome minted(MintedToken token) {
        return new MintOutcome(token, Map.of());
    }

    public static MintOutcome refused(Map<String, List<String>> errors) {
        return new MintOutcome(null, errors);
    }

    public boolean isMinted() {
        return token != null;
    }
}
