package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private static final String SECRET = "s3cr3t-value";
    private static final String API_KEY = "tgw_AbCdEfGhIjKl_0123456789abcdefghijABCDEFGHIJ";

    private final Redactor redactor = redactorWithSecret(SECRET);

    private static Redactor redactorWithSecret(String secret) {
        GatewaySettings settings = new GatewaySettings();
        settings.apiSecretText = Optional.of(secret);
        settings.apiSecretFile = Optional.empty();
        settings.resolveSecret();
        return new Redactor(settings);
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Test
    void masksTokenStringsSrtPassphrasesAndRestreamKeys() {
        String json = "{\"id\":1,\"token\":\"abcdef\",\"srtPassphrase\":\"pass\",\"restream\":[{\"url\":\"rtmp://x\",\"key\":\"k1\"}]}";

        assertEquals("{\"id\":1,\"token\":\"***\",\"srtPassphrase\":\"***\",\"restream\":[{\"url\":\"rtmp://x\",\"key\":\"***\"}]}",
                redactor.redact(json));
    }

    /** Each spelling of a sensitive member as JSON text, the name as Millicast's JSON reader would understand it. */
    @ParameterizedTest
    @ValueSource(strings = {"key", "Key", "KEY", "kEy", "k\\u0065y", "\\u006B\\u0065\\u0079", "\\u004bEY",
        "k\\u0045y", "\uff4b\uff45\uff59", "streamKey", "StreamKey", "stream_key", "str\\u0065amKey", "STREAMKEY",
        "token", "Token", "TOKEN", "t\\u006fken", "srtPassphrase", "SRTPASSPHRASE", "srt_passphrase",
        "displaySrtPassphrase", "password", "Password", "newPassword", "NEW_PASSWORD", "pa\\u0073sword", "apiKey",
        "ApiKey", "api_key", "api-key", "authorization", "Authorization", "secret", "Secret", "apiSecret",
        "API_SECRET"})
    void masksASensitiveMemberWhateverItsCaseOrEscaping(String spelledName) {
        String body = "{\"label\":\"cam\",\"" + spelledName + "\":\"VALUE-123\"}";

        String masked = redactor.redact(body);

        JsonObject parsed = json(masked).asJsonObject();
        assertFalse(masked.contains("VALUE-123"), masked);
        assertEquals(2, parsed.size(), masked);
        assertEquals("cam", parsed.getString("label"));
        assertTrue(parsed.containsValue(Json.createValue("***")), masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "Key", "k\\u0065y", "\\u006b\\u0065\\u0079", "KEY", "streamKey"})
    void masksRestreamKeysInEveryEntryOfTheArray(String spelledKey) {
        String body = "{\"label\":\"a\",\"restream\":[{\"url\":\"rtmp://one\",\"" + spelledKey + "\":\"first-key\"},"
                + "{\"url\":\"rtmp://two\",\"" + spelledKey + "\":\"second-key\",\"label\":\"b\"}]}";

        String masked = redactor.redact(body);

        assertFalse(masked.contains("first-key"), masked);
        assertFalse(masked.contains("second-key"), masked);
        assertEquals("rtmp://two", json(masked).asJsonObject().getJsonArray("restream").getJsonObject(1).getString("url"));
    }

    @Test
    void masksAtAnyDepthInObjectsAndArrays() {
        String body = "{\"data\":{\"items\":[[{\"deep\":{\"Token\":\"t1\",\"list\":[{\"apiKey\":\"a1\"}]}}]],"
                + "\"updateRestream\":[{\"url\":\"u\",\"key\":\"k2\"}]}}";

        assertEquals("{\"data\":{\"items\":[[{\"deep\":{\"Token\":\"***\",\"list\":[{\"apiKey\":\"***\"}]}}]],"
                + "\"updateRestream\":[{\"url\":\"u\",\"key\":\"***\"}]}}", redactor.redact(body));
    }

    @Test
    void masksWholeValuesThatAreNotStringsButKeepsBooleansAndNulls() {
        String body = "{\"token\":12345,\"key\":{\"a\":\"b\"},\"password\":[\"p\"],\"refreshToken\":true,\"apiKey\":null}";

        assertEquals("{\"token\":\"***\",\"key\":\"***\",\"password\":\"***\",\"refreshToken\":true,\"apiKey\":null}",
                redactor.redact(body));
    }

    @Test
    void leavesMembersThatOnlyLookAlikeReadable() {
        String json = "{\"label\":\"token\",\"tokenId\":7,\"tokenIds\":[1,2],\"isActive\":true,\"keyPrefix\":\"ab\","
                + "\"streams\":[{\"streamName\":\"key\",\"isRegex\":false}],\"successfulTokens\":[3]}";

        assertEquals(json, redactor.redact(json));
    }

    @Test
    void theJsonValueFormReturnsAMaskedCopyAndLeavesTheOriginal() {
        JsonValue body = json("{\"restream\":[{\"url\":\"u\",\"K\\u0065Y\":\"secret-key\"}],\"label\":\"l\"}");

        JsonValue masked = redactor.redact(body);

        assertEquals("{\"restream\":[{\"url\":\"u\",\"KeY\":\"***\"}],\"label\":\"l\"}", masked.toString());
        assertEquals("secret-key", body.asJsonObject().getJsonArray("restream").getJsonObject(0).getString("KeY"));
    }

    @Test
    void masksTheApiSecretWhereverItAppears() {
        assertEquals("Authorization: ***", redactor.redact("Authorization: Bearer s3cr3t-value and again s3cr3t-value"));
        assertEquals("a *** b ***", redactor.redact("a s3cr3t-value b s3cr3t-value"));
        assertEquals("{\"label\":\"my *** here\",\"x***\":1}", redactor.redact("{\"label\":\"my s3cr3t-value here\",\"x" + SECRET + "\":1}"));
    }

    @Test
    void masksTheApiSecretSpelledWithJsonEscapes() {
        assertEquals("{\"label\":\"***\"}", redactor.redact("{\"label\":\"s3cr\\u0033t-value\"}"));
        assertEquals("cut {\"label\":\"***\"", redactor.redact("cut {\"label\":\"s3cr\\u0033t-value\""));
    }

    @Test
    void masksGatewayApiKeysAnywhere() {
        assertEquals("{\"label\":\"use *** now\"}", redactor.redact("{\"label\":\"use " + API_KEY + " now\"}"));
        assertEquals("key was ***.", redactor.redact("key was " + API_KEY + "."));
    }

    @Test
    void masksBearerAndBasicCredentialsButNotWordsThatLookLikeTheScheme() {
        assertEquals("sent Bearer *** to x", redactor.redact("sent Bearer abcdefgh12345 to x"));
        assertEquals("sent basic *** to x", redactor.redact("sent basic YWRtaW46aHVudGVyMg== to x"));
        assertEquals("{\"label\":\"Basic plan, bearer of news\"}", redactor.redact("{\"label\":\"Basic plan, bearer of news\"}"));
    }

    @Test
    void masksMembersInTextThatIsNotJson() {
        assertEquals("create {\"label\":\"a\",\"k\\u0065y\":\"***\"}", redactor.redact("create {\"label\":\"a\",\"k\\u0065y\":\"abc\"}"));
        assertEquals("key=*** & Token: ***; label=x", redactor.redact("key=abc & Token: xyz; label=x"));
        assertEquals("{'KEY': '***', label: 'l'}", redactor.redact("{'KEY': 'abc', label: 'l'}"));
        assertEquals("{streamKey: ***}", redactor.redact("{streamKey: abc def}"));
        assertEquals("\"restream\":[{\"url\":\"u\",\"Key\":\"***\"}] trailing",
                redactor.redact("\"restream\":[{\"url\":\"u\",\"Key\":\"k1\"}] trailing"));
    }

    @Test
    void masksAJsonBodyCutOffInsideASecret() {
        assertEquals("{\"status\":\"success\",\"data\":{\"id\":1,\"token\":\"***\"",
                redactor.redact("{\"status\":\"success\",\"data\":{\"id\":1,\"token\":\"0f1e2d3c4b5a"));
        assertEquals("{\"data\":{\"restream\":[{\"key\":***", redactor.redact("{\"data\":{\"restream\":[{\"key\":{\"x\":[\"abc"));
    }

    @Test
    void masksJsonCarriedInsideAJsonString() {
        String body = "{\"note\":\"{\\\"token\\\":\\\"abc\\\"}\",\"label\":\"x\"}";

        assertEquals("{\"note\":\"{\\\"token\\\":\\\"***\\\"}\",\"label\":\"x\"}", redactor.redact(body));
        assertEquals("log \"***\" end", redactor.redact("log \"{\\\"key\\\":\\\"abc\\\"}\" end"));
    }

    @Test
    void masksAMemberThatAppearsTwice() {
        assertFalse(redactor.redact("{\"key\":\"first\",\"key\":\"second\"}").contains("first"));
        assertFalse(redactor.redact("{\"key\":\"first\",\"key\":\"second\"}").contains("second"));
    }

    @Test
    void masksJsonFollowedByMoreText() {
        String masked = redactor.redact("{\"a\":1} {\"token\":\"abc\"}");

        assertFalse(masked.contains("abc"), masked);
    }

    @Test
    void keepsPlainTextAndScalarsExactlyAsTheyAre() {
        for (String text : new String[] {"007", " 7 ", "1e2", "true", "token.create", "400 validation: label, token",
            "change bob: password reset", "issue key 'cam' as editor", "relay tests (key 3)", "127.0.0.1", "",
            "https://api.example.com:443/x"}) {
            assertEquals(text, redactor.redact(text));
        }
    }

    @Test
    void aJsonValueWithNothingToMaskIsReturnedAsItIs() {
        JsonValue label = Json.createValue("lobby");

        assertSame(label, redactor.redact(label));
    }

    @Test
    void nullStaysNull() {
        assertNull(redactor.redact((String) null));
        assertNull(redactor.redact((JsonValue) null));
    }
}
