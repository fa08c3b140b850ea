package io.tokengateway.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON request body's text, exactly as the client sent it, or a refusal: bytes that are not valid UTF-8
 * (which a lenient decoder would turn into U+FFFD) and {@code \}{@code u} escapes of half a UTF-16 surrogate pair
 * (which stand for no character and would reach Millicast as {@code ?}) are refused, never repaired.
 */
public final class StrictBodyText {

    static final String NOT_UTF8 = "The request body is not valid UTF-8.";
    static final String LONE_SURROGATE = "The request body has a \\u escape of half a UTF-16 surrogate pair (\\u%04x), "
            + "which stands for no character.";

    private StrictBodyText() {
    }

    /** @throws InvalidRequestException for bytes that are not UTF-8 or a lone surrogate escape in a JSON string */
    public static String of(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidRequestException.of("$", NOT_UTF8);
        }
        checkSurrogateEscapes(text);
        return text;
    }

    /**
     * Walks the JSON strings (member names included): a high-surrogate escape must be followed at once by a
     * low-surrogate escape, and a low one must follow a high one. Text outside strings is the parser's business.
     */
    private static void checkSurrogateEscapes(String text) {
        boolean inString = false;
        int pendingHigh = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!inString) {
                inString = c == '"';
                continue;
            }
            int unit = c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u' ? hex(text, i + 2) : -1;
            if (pendingHigh >= 0 && !(unit >= 0 && Character.isLowSurrogate((char) unit))) {
                throw lone(pendingHigh);
            }
            if (unit >= 0) {
                if (Character.isLowSurrogate((char) unit) && pendingHigh < 0) {
                    throw lone(unit);
                }
                pendingHigh = Character.isHighSurrogate((char) unit) ? unit : -1;
                i += 5;
            } else if (c == '\\') {
                i++;
            } else if (c == '"') {
                inString = false;
            }
        }
        if (pendingHigh >= 0) {
            throw lone(pendingHigh);
        }
    }

    /** The four hex digits at {@code from} as a UTF-16 code unit, or -1 when they are not four hex digits. */
    private static int hex(String text, int from) {
        int unit = 0;
        for (int i = from; i < from + 4; i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }

    private static InvalidRequestException lone(int unit) {
        return InvalidRequestException.of("$", String.format(LONE_SURROGATE, unit));
    }
}
