package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictBodyTextTest {

    private static byte[] bytes(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    @Test
    void givesBackTheTextOfValidUtf8Exactly() {
        String text = "{\"label\":\"caf\u00e9 \u65e5\u672c \ud83d\ude00 \\u00e9 \\ud83d\\ude00\"}";

        assertEquals(text, StrictBodyText.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Bytes that no UTF-8 decoder may accept; a lenient one turns each into U+FFFD. */
    @ParameterizedTest
    @ValueSource(strings = {
        "7b226c6162656c223a2261ff227d",     // {"label":"a\xff"}
        "7b226c6162656c223a2261fe227d",     // 0xFE never appears in UTF-8
        "7b226c6162656c223a2280227d",       // a lone continuation byte
        "7b226c6162656c223a22c0af227d",     // overlong '/'
        "7b226c6162656c223a22e0808f227d",   // overlong three-byte form
        "7b226c6162656c223a22eda080227d",   // U+D800 encoded as if it were a character
        "7b226c6162656c223a22f4908080227d", // past U+10FFFF
        "7b226c6162656c223a22e282227d",     // a three-byte sequence cut short
        "7b226c6162656c223a2261e282"        // cut short at the very end
    })
    void refusesBytesThatAreNotUtf8(String hex) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> StrictBodyText.of(bytes(hex)));

        assertEquals(Map.of("$", List.of("The request body is not valid UTF-8.")), refused.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"label\":\"\\ud800\"}",
        "{\"label\":\"\\udc00x\"}",
        "{\"label\":\"\\uD800\\u0041\"}",
        "{\"label\":\"\\udbff\\n\"}",
        "{\"label\":\"\\udc00\\ud800\"}",
        "{\"\\ud800\":\"a\"}",
        "{\"label\":\"\\ud83d\ud83d\ude00\"}",
        "{\"label\":\"x\\ud83d",
        "[\"ok\",\"\\uDFFF\"]"
    })
    void refusesALoneSurrogateEscapeInAnyString(String json) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> StrictBodyText.of(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("$"), List.copyOf(refused.errors().keySet()));
        assertEquals(1, refused.errors().get("$").size());
    }

    @Test
    void namesTheLoneEscapeInItsMessage() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> StrictBodyText.of("{\"label\":\"\\udc00x\"}".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("The request body has a \\u escape of half a UTF-16 surrogate pair (\\udc00), "
                + "which stands for no character."), refused.errors().get("$"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"label\":\"\\ud83d\\ude00\"}",
        "{\"label\":\"\\uD83D\\uDE00 and \\uDBFF\\uDFFF\"}",
        "{\"label\":\"\\\\ud800\"}",
        "{\"label\":\"\\\\\\\\\",\"x\":\"\\u0041\"}",
        "{\"label\":\"\\\"\\ud800\\udc00\\\"\"}",
        "not json \\ud800 outside strings is the parser's business"
    })
    void letsPairedEscapesAndLookAlikesThrough(String json) {
        assertEquals(json, StrictBodyText.of(json.getBytes(StandardCharsets.UTF_8)));
    }
}
