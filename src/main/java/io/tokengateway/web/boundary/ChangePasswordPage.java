package io.tokengateway.web.boundary;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.GatewayAuthentication;
import io.tokengateway.security.control.OwnPassword;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.OwnPasswordChange;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The change-password page: anybody signed in changes their own password (a generated first one must be). */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    ConsoleAction console;

    @Inject
    ConsoleMessages messages;

    @Inject
    OwnPassword ownPassword;

    @Inject
    RequestValidator validator;

    @Inject
    Caller caller;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public String change() {
        caller.require(Role.VIEWER);
        if (newPassword == null || !newPassword.equals(repeated)) {
            messages.error("The two new passwords differ");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean done = console.run(ConsoleChange.of(AuditActions.USER_PASSWORD, Role.VIEWER).summarised("own password change"), () -> {
            OwnPasswordChange change = validator.check(new OwnPasswordChange(currentPassword, newPassword));
            GatewayUser user = ownPassword.change(caller.identity(), change.currentPassword(), change.newPassword());
            GatewayAuthentication.keepSession((HttpServletRequest) external.getRequest(), user);
            return ChangeOutcome.done("Your password is changed").summarised("own password changed");
        });
        if (!done) {
            return null;
        }
        external.getFlash().setKeepMessages(true);
        return "/index.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
