package io.tokengateway.audit.control;

import jakarta.json.JsonObject;

/**
 * Reads what a change is about (e.g. a token's id and label) from its JSON request body, for the audit row of a
 * change refused before its resource could say so. The component that knows the body implements it as a CDI bean,
 * so that whoever refuses the change need not know that component.
 */
public interface ChangeSubject {

    /** Notes on the current request's {@link AuditNotes} what the body names; what it does not know it ignores. */
    void noteFrom(JsonObject body);
}
