package io.tokengateway.audit.boundary;

import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.audit.entity.AuditRecord;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** The JSON of a page of audit events: {@code {page, pageSize, total, events:[…]}}, absent values as null. */
final class AuditJson {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private AuditJson() {
    }

    static JsonObject page(AuditPage page) {
        JsonArrayBuilder events = JSON.createArrayBuilder();
        page.events().forEach(event -> events.add(event(event)));
        return JSON.createObjectBuilder()
                .add("page", page.page())
                .add("pageSize", page.pageSize())
                .add("total", page.total())
                .add("events", events)
                .build();
    }

    static JsonObject event(AuditRecord event) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", event.id());
        text(json, "occurredAt", event.occurredAt());
        text(json, "actor", event.actor());
        text(json, "actorKind", event.actorKind());
        text(json, "role", event.role());
        text(json, "clientAddress", event.clientAddress());
        text(json, "action", event.action());
        if (event.tokenId() == null) {
            json.addNull("tokenId");
        } else {
            json.add("tokenId", event.tokenId());
        }
        text(json, "tokenLabel", event.tokenLabel());
        text(json, "summary", event.summary());
        text(json, "outcome", event.outcome());
        return json.build();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
