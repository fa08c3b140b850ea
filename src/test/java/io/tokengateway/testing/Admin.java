package io.tokengateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The first administrator of a test deployment, and what it can set up through the admin API. */
public final class Admin {

    public static final String NAME = "admin";
    public static final String PASSWORD = "it-admin-password-1";

    private Admin() {
    }

    /**
     * The deployment settings every test gateway needs: its own database in target, new for each run,
     * and the first admin's password.
     */
    public static Map<String, String> settings(String databaseName) {
        Path dataDir = TestTls.buildDir().resolve("it-data/" + databaseName);
        deleteTree(dataDir);
        return Map.of("gateway.data.dir", dataDir.toString(), "gateway.admin.password", PASSWORD);
    }

    /** Deletes a directory and everything in it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issues an API key with this role through {@code POST /admin/api-keys}; returns the full key. */
    public static String issueKey(GatewayClient anonymous, String label, String role) throws Exception {
        var response = anonymous.withPassword(NAME, PASSWORD)
                .post("/admin/api-keys", "{\"label\":\"" + label + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return JsonText.object(response.body()).getJsonObject("data").getString("key");
    }

    /** The API key with this id as {@code GET /admin/api-keys} lists it to the first admin. */
    public static JsonObject listedKey(GatewayClient anonymous, long id) throws Exception {
        return JsonText.object(anonymous.withPassword(NAME, PASSWORD).get("/admin/api-keys").body()).getJsonArray("data")
                .stream()
                .map(v -> v.asJsonObject())
                .filter(k -> k.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
    }
}
