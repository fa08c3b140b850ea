package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpstreamClientTest {

    @Test
    void itsSettingsNeverShowTheCredential() {
        var settings = new UpstreamClient.Settings(URI.create("https://api.example.com"), "Authorization",
                "Bearer the-account-secret", null, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 1024);

        assertFalse(settings.toString().contains("the-account-secret"), settings.toString());
        assertTrue(settings.toString().contains("https://api.example.com"), settings.toString());
    }
}
