package io.tokengateway.audit.boundary;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.audit.entity.AuditRow;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON of a page of audit events: {@code {page, pageSize, total, events:[…]}}, absent values as null. */
public final class AuditJson {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private AuditJson() {
    }

    public static JsonObject page(AuditPage page) {
        JsonArrayBuilder events = JSON.createArrayBuilder();
        page.events().forEach(row -> events.add(row(row)));
        return JSON.createObjectBuilder()
                .add("page", page.page())
                .add("pageSize", page.pageSize())
                .add("total", page.total())
                .add("events", events)
                .build();
    }

    static JsonObject row(AuditRow row) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", row.getId());
        text(json, "occurredAt", row.getOccurredAt().toString());
        text(json, "actor", row.getActor());
        text(json, "actorKind", row.getActorKind());
        text(json, "role", row.getActorRole());
        text(json, "clientAddress", row.getClientAddress());
        text(json, "action", row.getAction());
        if (row.getTokenId() == null) {
            json.addNull("tokenId");
        } else {
            json.add("tokenId", row.getTokenId());
        }
        text(json, "tokenKind", row.getTokenKind());
        text(json, "tokenLabel", row.getTokenLabel());
        text(json, "summary", row.getSummary());
        text(json, "outcome", row.getOutcome());
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
