package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void aFirstStartInTheSandboxSaysWhereWhatAndWhoLogsInFirst() {
        assertEquals("""

                ==== Token Gateway is ready ====
                  Console:     https://localhost:8443/
                  Tokens:      SANDBOX: simulated, not Dolby.io, lost at restart (set MILLICAST_API_SECRET to go live)
                  First login: admin, with the password in /data/initial-admin-password
                ================================""",
                StartupReport.banner("https://localhost:8443/", true, null,
                        "admin, with the password in /data/initial-admin-password"));
    }

    @Test
    void aLaterStartOnDolbyNamesTheApiAndNoFirstLogin() {
        assertEquals("""

                ==== Token Gateway is ready ====
                  Console:     https://tokens.example.com/
                  Tokens:      Dolby.io, through the Millicast API at https://api.millicast.com
                ================================""",
                StartupReport.banner("https://tokens.example.com/", false, "https://api.millicast.com", null));
    }
}
