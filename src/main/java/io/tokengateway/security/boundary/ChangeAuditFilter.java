package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.control.RefusalTally;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.security.control.Caller;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes one audit row for every change route a known caller reached, whatever came of it: done, refused (403,
 * 429), invalid (400) or failed upstream (4xx/5xx relayed, 502, 504). Refusals of unknown callers (401) are counted
 * per address and minute instead ({@link RefusalTally}), so that they cannot flood the trail.
 */
@Provider
public class ChangeAuditFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Inject
    AuditNotes notes;

    @Inject
    Event<AuditEntry> audit;

    @Inject
    RefusalTally tally;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Guarded guarded = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Guarded.class);
        if (guarded == null || guarded.change().isEmpty()) {
            return;
        }
        if (caller.identity().role().isEmpty()) {
            tally.count(caller.identity().actor(), guarded.change(), outcome(response));
            return;
        }
        audit.fire(new AuditEntry(caller.identity().actor(), guarded.change(), notes.tokenId(), notes.tokenLabel(),
                notes.summary(), outcome(response), notes.tokenKind()));
    }

    private String outcome(ContainerResponseContext response) {
        String reasons = notes.reasons();
        String phrase = response.getStatusInfo().getReasonPhrase();
        return response.getStatus() + " " + (reasons.isEmpty() ? phrase : reasons);
    }
}
