package io.tokengateway.web.boundary;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.IssuedApiKey;
import io.tokengateway.security.entity.NewApiKey;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Issues an API key for a program; the key is shown on this answer only. */
@Named
@RequestScoped
public class IssueApiKey {

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
    private String issuedKey;

    public void issue() {
        ConsoleChange change = ConsoleChange.of(AuditActions.APIKEY_CREATE, Role.ADMIN).refusedWith("Only admins issue API keys")
                .summarised("issue key '" + label + "' as " + role);
        console.run(change, () -> {
            NewApiKey request = validator.check(new NewApiKey(label, role, null));
            IssuedApiKey issued = keys.issue(request.label(), Role.of(request.role()).orElseThrow(), caller.getName());
            issuedKey = issued.key();
            return ChangeOutcome.done(201, "Issued key '" + label + "': copy it now, it is not shown again")
                    .summarised("issued key " + issued.record().getId() + " '" + label + "' as " + role);
        });
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
