package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSecretTest {

    @Test
    void toStringNeverShowsTheSecret() {
        ApiSecret secret = ApiSecret.of("very-secret").orElseThrow();

        assertEquals("ApiSecret[redacted]", secret.toString());
        assertEquals("Bearer very-secret", secret.bearerHeader());
    }

    @Test
    void blankTextIsNoSecret() {
        assertTrue(ApiSecret.of("  \n").isEmpty());
        assertTrue(ApiSecret.of(null).isEmpty());
    }

    @Test
    void settingsReadTheSecretFromAFileWithoutItsNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("millicast_api_secret");
        Files.writeString(file, "from-file\n");
        GatewaySettings settings = new GatewaySettings();
        settings.apiSecretText = Optional.empty();
        settings.apiSecretFile = Optional.of(file.toString());

        settings.resolveSecret();

        assertFalse(settings.isSandbox());
        assertEquals("Bearer from-file", settings.apiSecret().orElseThrow().bearerHeader());
    }

    @Test
    void theSecretItselfWinsOverTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret");
        Files.writeString(file, "from-file");
        GatewaySettings settings = new GatewaySettings();
        settings.apiSecretText = Optional.of("direct");
        settings.apiSecretFile = Optional.of(file.toString());

        settings.resolveSecret();

        assertEquals("Bearer direct", settings.apiSecret().orElseThrow().bearerHeader());
    }

    @Test
    void noSecretAndNoFileMeansSandbox() {
        GatewaySettings settings = new GatewaySettings();
        settings.apiSecretText = Optional.empty();
        settings.apiSecretFile = Optional.empty();

        settings.resolveSecret();

        assertTrue(settings.isSandbox());
    }
}
