package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenIdsTest {

    @Test
    void acceptsNumbersAndDigitText() {
        assertEquals(7, TokenIds.parse(Json.createValue(7)));
        assertEquals(7, TokenIds.parse(Json.createValue("7")));
        assertEquals(2147483647, TokenIds.parse(" 2147483647 "));
    }

    @Test
    void rejectsEverythingElseWithTheTokenIdField() {
        List<JsonValue> bad = List.of(Json.createValue(0), Json.createValue(-1), Json.createValue(1.5),
                Json.createValue(2147483648L), Json.createValue("abc"), Json.createValue("7a"), Json.createValue(""),
                JsonValue.NULL, JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT);
        for (JsonValue value : bad) {
            var e = assertThrows(InvalidRequestException.class, () -> TokenIds.parse(value), value.toString());
            assertEquals(Map.of("tokenId", List.of(TokenIds.MESSAGE)), e.errors());
        }
    }

    @Test
    void otherScriptsDigitsAreNoTokenId() {
        for (String id : List.of("\u0667", "\uFF17", "\u096D", "1\u0667", "\uD835\uDFD5")) {
            var e = assertThrows(InvalidRequestException.class, () -> TokenIds.parse(Json.createValue(id)), id);
            assertEquals(Map.of("tokenId", List.of(TokenIds.MESSAGE)), e.errors());
        }
    }

    @Test
    void onlyAsciiWhiteSpaceMaySurroundTheDigits() {
        assertEquals(7, TokenIds.parse("\t7\r\n"));
        for (String id : List.of("\u30007", "7\u2003", "\u00A07", "7\u0000", "\u00007")) {
            var e = assertThrows(InvalidRequestException.class, () -> TokenIds.parse(id), id);
            assertEquals(Map.of("tokenId", List.of(TokenIds.MESSAGE)), e.errors());
        }
    }
}
