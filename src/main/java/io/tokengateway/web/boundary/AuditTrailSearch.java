package io.tokengateway.web.boundary;

import io.tokengateway.audit.control.AuditQueryReader;
import io.tokengateway.audit.control.AuditSearch;
import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ConsoleMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/** The audit page: filter the trail by who, action, token and time, and page through it, newest first. */
@Named
@ViewScoped
public class AuditTrailSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Filter fields that have an input of the same id in the form {@code filter}. */
    private static final Set<String> INPUTS = Set.of("actor", "action", "tokenId", "from", "to");

    @Inject
    AuditQueryReader filters;

    @Inject
    AuditSearch search;

    @Inject
    ConsoleMessages messages;

    @Inject
    Caller caller;

    private String actor;
    private String action;
    private String tokenId;
    private String from;
    private String to;
    private AuditPage result;

    /** The first page of whatever the filter holds; also the page's view action. */
    public void search() {
        show(1);
    }

    public void clear() {
        actor = null;
        action = null;
        tokenId = null;
        from = null;
        to = null;
        show(1);
    }

    public void previous() {
        if (result != null && result.hasPrevious()) {
            show(result.page() - 1);
        }
    }

    public void next() {
        if (result != null && result.hasNext()) {
            show(result.page() + 1);
        }
    }

    private void show(int page) {
        caller.require(Role.ADMIN);
        try {
            result = search.find(filters.read(actor, action, tokenId, from, to, Integer.toString(page), null));
        } catch (InvalidRequestException e) {
            result = null;
            e.errors().forEach((field, problems) -> problems.forEach(problem ->
                    messages.error(INPUTS.contains(field) ? "filter:" + field : null, problem)));
        }
    }

    public AuditPage getResult() {
        return result;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTokenId() {
        return tokenId;
    }

    public void setTokenId(String tokenId) {
        this.tokenId = tokenId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
