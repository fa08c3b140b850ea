package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that blanks out what must not be written down: token strings, SRT passphrases,
 * restream keys and the API secret. Everything the gateway logs about a request or response goes through it.
 */
@ApplicationScoped
public class Redactor {

    static final String MASK = "***";

    /** JSON members whose string values are credentials ({@code ../shared/millicast/API.md} §7, point 8). */
    private static final Pattern SECRET_MEMBERS = Pattern.compile(
            "(\"(?:token|srtPassphrase|key|apiSecret|secret|password|newPassword|apiKey)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    private Optional<ApiSecret> secret = Optional.empty();

    public Redactor() {
    }

    @Inject
    public Redactor(GatewaySettings settings) {
        this.secret = settings.apiSecret();
    }

    /** The text with credential values in JSON members and any occurrence of the API secret masked. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String masked = SECRET_MEMBERS.matcher(text).replaceAll("$1\"" + MASK + "\"");
        return secret.filter(s -> s.appearsIn(masked)).map(s -> maskSecret(masked)).orElse(masked);
    }

    private String maskSecret(String text) {
        // ApiSecret does not hand out its value; rebuild from the header form, which it does
        String value = secret.orElseThrow().bearerHeader().substring("Bearer ".length());
        return text.replace(value, MASK);
    }
}
