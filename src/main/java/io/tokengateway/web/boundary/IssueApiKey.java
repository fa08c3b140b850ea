package io.tokengateway.web.boundary;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.IssuedApiKey;
import io.tokengateway.security.entity.NewApiKey;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.control.PostRedirectGet;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Issues an API key for a program. The key is shown once, on the page the browser is sent to after the issue
 * (it waits for that one request in the server-side flash, never in a cookie or the URL); a reload of that page
 * shows it no more and issues nothing.
 */
@Named
@RequestScoped
public class IssueApiKey {

    /** The flash entry that carries the new key to the page drawn after the redirect. */
    private static final String ISSUED = "io.tokengateway.issuedApiKey";

    @Inject
    ConsoleAction console;

    @Inject
    ApiKeyRegistry keys;

    @Inject
    RequestValidator validator;

    @Inject
    Caller caller;

    private String label;
    private String role = "editor";

    public String issue() {
        ConsoleChange change = ConsoleChange.of(AuditActions.APIKEY_CREATE, Role.ADMIN).refusedWith("Only admins issue API keys")
                .summarised("issue key '" + label + "' as " + role);
        return PostRedirectGet.after(console.run(change, () -> {
            NewApiKey request = validator.check(new NewApiKey(label, role, null));
            IssuedApiKey issued = keys.issue(request.label(), Role.of(request.role()).orElseThrow(), caller.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(ISSUED, issued.key());
            return ChangeOutcome.done(201, "Issued key '" + label + "': copy it now, it is not shown again")
                    .summarised("issued key " + issued.record().getId() + " '" + label + "' as " + role);
        }));
    }

    /** The key just issued, on the one page drawn after the issue; otherwise {@code null}. */
    public String getIssuedKey() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED);
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
