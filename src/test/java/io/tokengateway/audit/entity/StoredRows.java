package io.tokengateway.audit.entity;

import java.lang.reflect.Field;
import java.time.Instant;

/** Audit rows as the database hands them back, with their id, for tests. */
public final class StoredRows {

    private StoredRows() {
    }

    public static AuditRow row(long id, String occurredAt, String actor, String actorKind, String role, String address,
            String action, Integer tokenId, String tokenLabel, String summary, String outcome) {
        AuditRow row = new AuditRow(Instant.parse(occurredAt), actor, actorKind, role, address, action, null, tokenId, tokenLabel,
                summary, outcome);
        try {
            Field field = AuditRow.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(row, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return row;
    }
}
