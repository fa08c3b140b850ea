package io.tokengateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first administrator of a test deployment, and what it can set up through the admin API. */
public final class Admin {

    public static final String NAME = "admin";
    public static final String PASSWORD = "it-admin-password-1";

    private Admin() {
    }

    /** The deployment settings every test gateway needs: its own database in target, the first admin's password. */
    public static java.util.Map<String, String> settings(String databaseName) {
        return java.util.Map.of(
                "gateway.data.dir", TestTls.buildDir().resolve("it-data/" + databaseName).toString(),
                "gateway.admin.password", PASSWORD);
    }

    /** Issues an API key with this role through {@code POST /admin/api-keys}; returns the full key. */
    public static String issueKey(GatewayClient anonymous, String label, String role) throws Exception {
        var response = anonymous.withPassword(NAME, PASSWORD)
                .post("/admin/api-keys", "{\"label\":\"" + label + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return JsonText.object(response.body()).getJsonObject("data").getString("key");
    }
}
