package io.tokengateway.platform.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string the way {@link StrictBodyText} checks a body: every parameter's percent-escapes must
 * decode to valid UTF-8, else a lenient decoder would pass {@code %FF} on as U+FFFD. The first bad parameter is
 * refused by name, e.g. {@code {"name":["The query parameter is not valid UTF-8."]}}.
 */
public final class StrictQueryText {

    static final String NOT_UTF8 = "The query parameter is not valid UTF-8.";

    /** Where a parameter without a readable name is reported. */
    static final String UNNAMED = "$query";

    private StrictQueryText() {
    }

    /** @throws InvalidRequestException naming the first parameter whose name or value is not UTF-8 */
    public static void check(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!isUtf8(name)) {
                throw InvalidRequestException.of(UNNAMED, NOT_UTF8);
            }
            if (equals >= 0 && !isUtf8(pair.substring(equals + 1))) {
                String decodedName = decoded(name);
                throw InvalidRequestException.of(decodedName.isEmpty() ? UNNAMED : decodedName, NOT_UTF8);
            }
        }
    }

    private static boolean isUtf8(String escaped) {
        try {
            strictDecoding(escaped);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decoded(String escaped) {
        try {
            return strictDecoding(escaped);
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /** {@code %XX} are bytes; a {@code %} without two hex digits after it is itself, as the forwarder reads it. */
    private static String strictDecoding(String escaped) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%' && i + 2 < escaped.length() && isHex(escaped.charAt(i + 1)) && isHex(escaped.charAt(i + 2))) {
                bytes.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
    }

    private static boolean isHex(char c) {
        return c < 128 && Character.digit(c, 16) >= 0;
    }
}
