package io.tokengateway.viewers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written JSON of the minting path escapes every string as RFC 8259 requires. */
class JsonWriterTest {

    private static String written(String text) {
        return new JsonWriter(16).string(text).toString();
    }

    private static String parsedBack(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return ((JsonString) reader.readValue()).getString();
        }
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\\\\\\"\"", written("a\"b\\c\\\""));
    }

    @Test
    void everyControlCharacterIsEscaped() {
        assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\"", written("\n\r\t\b\f\u0000\u001f\u007f"));
        for (char c = 0; c < 0x20; c++) {
            String text = "x" + c + "y";
            assertEquals(text, parsedBack(written(text)), "control character " + (int) c);
        }
    }

    @Test
    void lineAndParagraphSeparatorsAreEscapedForJavaScriptReaders() {
        assertEquals("\"\\u2028\\u2029\"", written("\u2028\u2029"));
    }

    @Test
    void nonBmpCharactersStayWholeAndLoneSurrogatesAreEscaped() {
        String emoji = "stream \uD83C\uDFA5 \uD834\uDD1E";
        assertEquals("\"" + emoji + "\"", written(emoji));
        assertEquals(emoji, parsedBack(written(emoji)));
        assertEquals("\"a\\ud800b\\udc00\"", written("a\uD800b\uDC00"));
        String lone = written("\uDC00\uD800");
        assertEquals(lone, new String(lone.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), "valid UTF-8");
    }

    @Test
    void hostileTextRoundTripsThroughAJsonParser() {
        String hostile = "\",\"tokenType\":\"Publish\"}, \\u0022 </script> \u0000 \uD83D\uDE00 ' \\";
        assertEquals(hostile, parsedBack(written(hostile)));
    }

    @Test
    void nullIsNullAndListsAreArrays() {
        assertEquals("null", written(null));
        assertEquals("[]", new JsonWriter(4).strings(List.of()).toString());
        assertEquals("[\"a\",\"b\\\"\"]", new JsonWriter(4).strings(List.of("a", "b\"")).toString());
    }
}
