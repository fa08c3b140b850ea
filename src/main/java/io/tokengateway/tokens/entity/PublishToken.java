package io.tokengateway.tokens.entity;

import java.util.List;

/** The parts of a Millicast publish token the console shows; other members are left out of this view. */
public record PublishToken(
        int id,
        String label,
        String token,
        String addedOn,
        String expiresOn,
        boolean isActive,
        List<StreamSpec> streams) {

    /** The stream names, comma-separated, with {@code (regex)} after regular expressions. */
    public String streamNames() {
        if (streams == null) {
            return "";
        }
        return String.join(", ", streams.stream()
                .map(s -> Boolean.TRUE.equals(s.isRegex()) ? s.streamName() + " (regex)" : s.streamName())
                .toList());
    }

    /** The start of the token string, enough to tell tokens apart in a list. */
    public String tokenPreview() {
        return token == null || token.length() <= 8 ? token : token.substring(0, 8) + "…";
    }
}
