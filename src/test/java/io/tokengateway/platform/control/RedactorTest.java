package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = redactorWithSecret("s3cr3t-value");

    private static Redactor redactorWithSecret(String secret) {
        GatewaySettings settings = new GatewaySettings();
        settings.apiSecretText = Optional.of(secret);
        settings.apiSecretFile = Optional.empty();
        settings.resolveSecret();
        return new Redactor(settings);
    }

    @Test
    void masksTokenStringsSrtPassphrasesAndRestreamKeys() {
        String json = "{\"id\":1,\"token\":\"abcdef\",\"srtPassphrase\":\"pass\",\"restream\":[{\"url\":\"rtmp://x\",\"key\":\"k1\"}]}";

        assertEquals("{\"id\":1,\"token\":\"***\",\"srtPassphrase\":\"***\",\"restream\":[{\"url\":\"rtmp://x\",\"key\":\"***\"}]}",
                redactor.redact(json));
    }

    @Test
    void masksValuesWithEscapedQuotesAndSpacesAroundTheColon() {
        assertEquals("{\"token\" : \"***\",\"label\":\"a\"}", redactor.redact("{\"token\" : \"ab\\\"cd\",\"label\":\"a\"}"));
    }

    @Test
    void masksTheApiSecretWhereverItAppears() {
        assertEquals("Authorization: Bearer *** and again ***",
                redactor.redact("Authorization: Bearer s3cr3t-value and again s3cr3t-value"));
    }

    @Test
    void leavesOtherMembersAndNonStringTokensAlone() {
        String json = "{\"label\":\"token\",\"tokenId\":7,\"isActive\":true}";

        assertEquals(json, redactor.redact(json));
    }

    @Test
    void nullStaysNull() {
        assertNull(redactor.redact(null));
    }
}
