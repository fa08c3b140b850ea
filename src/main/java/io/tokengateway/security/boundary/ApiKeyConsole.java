package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.ConsoleChanges;
import io.tokengateway.security.entity.ApiKeyView;
import io.tokengateway.security.entity.IssuedApiKey;
import io.tokengateway.security.entity.NewApiKey;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The API keys page, for admins: issue a key (shown once, on this answer only), list keys, revoke one. */
@Named
@RequestScoped
public class ApiKeyConsole {

    @Inject
    ApiKeyRegistry keys;

    @Inject
    RequestValidator validator;

    @Inject
    ConsoleChanges changes;

    @Inject
    Caller caller;

    private String label;
    private String role = "editor";
    private String issuedKey;
    private List<ApiKeyView> listed;

    /** The keys, read once per request and only for an admin. */
    public List<ApiKeyView> getKeys() {
        caller.require(Role.ADMIN);
        if (listed == null) {
            listed = keys.all().stream().map(ApiKeyView::of).toList();
        }
        return listed;
    }

    public void issue() {
        String summary = "issue key '" + label + "' as " + role;
        if (changes.refusal(Role.ADMIN, "apikey.create", null, false).isPresent()) {
            message(FacesMessage.SEVERITY_ERROR, "Only admins issue API keys");
            return;
        }
        try {
            NewApiKey request = validator.check(new NewApiKey(label, role));
            IssuedApiKey issued = keys.issue(request.label(), Role.of(request.role()).orElseThrow(), caller.getName());
            issuedKey = issued.key();
            changes.record("apikey.create", null, null, "issued key " + issued.record().getId() + " '" + label + "' as " + role, "201");
            message(FacesMessage.SEVERITY_INFO, "Issued key '" + label + "': copy it now, it is not shown again");
        } catch (InvalidRequestException e) {
            changes.record("apikey.create", null, null, summary, "400 validation: " + String.join(", ", e.errors().keySet()));
            message(FacesMessage.SEVERITY_ERROR, PeopleConsole.describe(e.errors()));
        }
    }

    public void revoke(long id) {
        if (changes.refusal(Role.ADMIN, "apikey.revoke", null, false).isPresent()) {
            message(FacesMessage.SEVERITY_ERROR, "Only admins revoke API keys");
            return;
        }
        boolean found = keys.revoke(id);
        changes.record("apikey.revoke", null, null, "revoke key " + id, found ? "200" : "404 no such key");
        message(found ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                found ? "Revoked key " + id : "No key " + id);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
