package io.tokengateway.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.audit.entity.StoredRows;
import io.tokengateway.platform.entity.MillicastEnvelope;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void pageInTheSuccessEnvelopeWithAbsentValuesAsNull() {
        AuditPage page = new AuditPage(List.of(
                StoredRows.row(2, "2026-11-28T10:00:01Z", "alice", "person", "editor", "10.0.0.1", "token.create",
                        7, "lobby", "streams: lobby", "200"),
                StoredRows.row(1, "2026-11-28T10:00:00Z", "anonymous", "anonymous", null, "192.0.2.9",
                        "login.failure", null, null, null, "401")), 1, 50, 2);

        assertEquals("{\"status\":\"success\",\"data\":{\"page\":1,\"pageSize\":50,\"total\":2,\"events\":["
                + "{\"id\":2,\"occurredAt\":\"2026-11-28T10:00:01Z\",\"actor\":\"alice\",\"actorKind\":\"person\","
                + "\"role\":\"editor\",\"clientAddress\":\"10.0.0.1\",\"action\":\"token.create\",\"tokenId\":7,\"tokenKind\":null,"
                + "\"tokenLabel\":\"lobby\",\"summary\":\"streams: lobby\",\"outcome\":\"200\"},"
                + "{\"id\":1,\"occurredAt\":\"2026-11-28T10:00:00Z\",\"actor\":\"anonymous\",\"actorKind\":\"anonymous\","
                + "\"role\":null,\"clientAddress\":\"192.0.2.9\",\"action\":\"login.failure\",\"tokenId\":null,\"tokenKind\":null,"
                + "\"tokenLabel\":null,\"summary\":null,\"outcome\":\"401\"}]}}",
                MillicastEnvelope.success(AuditJson.page(page)).toString());
    }

    @Test
    void showsTheTimeAsAnIsoInstantInUtc() {
        AuditPage page = new AuditPage(List.of(StoredRows.row(31, "2026-11-28T10:00:00.123456Z", "alice", "person", "editor",
                "10.0.0.1", "token.create", 7, "lobby", "streams: lobby", "200")), 1, 50, 1);

        assertEquals("2026-11-28T10:00:00.123456Z",
                AuditJson.page(page).getJsonArray("events").getJsonObject(0).getString("occurredAt"));
    }

    @Test
    void emptyPage() {
        assertEquals("{\"page\":3,\"pageSize\":10,\"total\":0,\"events\":[]}",
                AuditJson.page(new AuditPage(List.of(), 3, 10, 0)).toString());
    }
}
