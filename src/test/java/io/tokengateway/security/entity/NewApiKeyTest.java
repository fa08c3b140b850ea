package io.tokengateway.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A key's request binds from JSON as the admin API reads it, with and without the subscribe tokens it is limited to. */
class NewApiKeyTest {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Test
    void aMinterKeyLimitedToMastersBinds() {
        NewApiKey key = jsonb.fromJson("{\"label\":\"paywall\",\"role\":\"minter\",\"masters\":[45,46]}", NewApiKey.class);
        assertEquals(new NewApiKey("paywall", "minter", List.of(45, 46)), key);
    }

    @Test
    void aKeyWithoutMastersBinds() {
        NewApiKey key = jsonb.fromJson("{\"label\":\"ci\",\"role\":\"editor\"}", NewApiKey.class);
        assertEquals("editor", key.role());
        assertNull(key.masters());
    }
}
