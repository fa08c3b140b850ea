package io.tokengateway.web.control;

import io.tokengateway.audit.control.AuditSearch;
import io.tokengateway.audit.entity.AuditQuery;
import io.tokengateway.audit.entity.AuditRow;
import io.tokengateway.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a token page shows after a change, across the redirect that follows it (post-redirect-get): the messages,
 * and the number of the audit entry the change made, so that the page can link it.
 */
@ApplicationScoped
public class ChangeReceipt {

    /** The flash attribute the token page reads: the id of the audit entry of the change just made. */
    public static final String AUDIT_ENTRY = "auditEntry";

    @Inject
    AuditSearch audit;

    @Inject
    Caller caller;

    @Inject
    ConsoleMessages messages;

    /**
     * Makes a change to a token that the page then shows after a redirect: runs it, and keeps its messages and
     * audit entry ({@link #keep}).
     */
    public void after(int tokenId, Runnable change) {
        Instant started = Instant.now();
        change.run();
        keep(tokenId, started);
    }

    /**
     * Keeps this request's messages and the newest audit entry of this person about this token written since
     * {@code started} (the trail writes it before the change returns) for the page the redirect leads to.
     */
    public void keep(int tokenId, Instant started) {
        messages.keepAcrossRedirect();
        entry(tokenId, started).ifPresent(id ->
                FacesContext.getCurrentInstance().getExternalContext().getFlash().put(AUDIT_ENTRY, id));
    }

    /** The newest audit entry of this person about this token written since {@code started}. */
    public Optional<Long> entry(int tokenId, Instant started) {
        // the database may keep coarser times than the clock gives: look a second further back
        AuditQuery query = new AuditQuery(caller.identity().actor().name(), "token.", tokenId,
                started.minus(Duration.ofSeconds(1)), null, 1, 1);
        return audit.find(query).events().stream().findFirst().map(AuditRow::getId);
    }
}
