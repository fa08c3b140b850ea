package io.tokengateway.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditDisplayTest {

    private final AuditDisplay display = new AuditDisplay();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0:0:0:0:0:0:0:1 | ::1",
            "::1 | ::1",
            "127.0.0.1 | ::1",
            "127.0.0.2 | ::1",
            "::ffff:127.0.0.1 | ::1",
            "0:0:0:0:0:ffff:7f00:1 | ::1",
            "::ffff:10.1.2.3 | 10.1.2.3",
            "999.1.1.1 | 999.1.1.1",
            "localhost | localhost",
            "gateway.example.com:443 | gateway.example.com:443",
            "1:2:3:4:5:6:7:8:9 | 1:2:3:4:5:6:7:8:9",
            "2001:DB8:0:0:1:0:0:1 | 2001:db8::1:0:0:1",
            "2001:db8:0:0:0:0:2:1 | 2001:db8::2:1",
            "2001:db8:0:1:1:1:1:1 | 2001:db8:0:1:1:1:1:1",
            "fe80:0:0:0:0:0:0:0 | fe80::",
            "0:0:0:0:0:0:0:0 | ::",
            "10.1.2.3 | 10.1.2.3",
            "not:an:address:at:all | not:an:address:at:all",
            "unknown | unknown"})
    void addressesAreShownOneWay(String stored, String shown) {
        assertEquals(shown, display.address(stored));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "200 | 200 OK",
            "200 OK | 200 OK",
            "201 | 201 Created",
            "403 forbidden | 403 Forbidden",
            "403 Forbidden | 403 Forbidden",
            "409 last enabled admin | 409 last enabled admin",
            "400 validation: label, streams | 400 validation: label, streams",
            "401 Unauthorized ×312 | 401 Unauthorized ×312",
            "502 upstream unreachable | 502 upstream unreachable"})
    void outcomesAreShownOneWay(String stored, String shown) {
        assertEquals(shown, display.outcome(stored));
    }
}
