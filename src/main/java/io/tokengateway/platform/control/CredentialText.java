package io.tokengateway.platform.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials by their look wherever they stand in a text: the configured API secret, gateway API keys
 * ({@code tgw_…}), bearer tokens and HTTP Basic pairs after their scheme name.
 */
final class CredentialText {

    /** A gateway key, {@code tgw_<prefix>_<secret>}, or any part of one that starts like it. */
    private static final Pattern GATEWAY_KEY = Pattern.compile("tgw_[A-Za-z0-9_]+");

    /** A bearer credential long enough to be one ("Bearer of news" stays). */
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]{8,}");

    private static final Pattern BASIC = Pattern.compile("(?i)(\\bbasic\\s+)([A-Za-z0-9+/]+=*)");

    private final Optional<String> secret;

    CredentialText(Optional<String> secret) {
        this.secret = secret.filter(s -> !s.isEmpty());
    }

    /** The text with every credential replaced by {@code mask}. */
    String mask(String text, String mask) {
        String masked = text;
        if (secret.isPresent() && masked.contains(secret.get())) {
            masked = masked.replace(secret.get(), mask);
        }
        if (masked.contains("tgw_")) {
            masked = GATEWAY_KEY.matcher(masked).replaceAll(Matcher.quoteReplacement(mask));
        }
        masked = BEARER.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(mask));
        return maskBasicPairs(masked, mask);
    }

    /** Whether the text holds a credential {@link #mask} would hide. */
    boolean reveals(String text, String mask) {
        return !mask(text, mask).equals(text);
    }

    /** {@code Basic <base64 of name:password>}; "Basic plan" is not one, since it does not decode to a pair. */
    private static String maskBasicPairs(String text, String mask) {
        Matcher basic = BASIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (basic.find()) {
            String replacement = isPair(basic.group(2)) ? basic.group(1) + mask : basic.group();
            basic.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        basic.appendTail(out);
        return out.toString();
    }

    private static boolean isPair(String base64) {
        String unpadded = base64.replace("=", "");
        try {
            byte[] decoded = Base64.getDecoder().decode(unpadded + "=".repeat((4 - unpadded.length() % 4) % 4));
            return new String(decoded, StandardCharsets.UTF_8).indexOf(':') >= 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
