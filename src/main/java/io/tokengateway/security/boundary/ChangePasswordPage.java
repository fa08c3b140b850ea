package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.ConsoleChanges;
import io.tokengateway.security.control.GatewayAuthentication;
import io.tokengateway.security.control.OwnPassword;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.OwnPasswordChange;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The change-password page: anybody signed in changes their own password (a generated first one must be). */
@Named
@RequestScoped
public class ChangePasswordPage {

    static final String ACTION = "user.password";

    @Inject
    OwnPassword ownPassword;

    @Inject
    RequestValidator validator;

    @Inject
    ConsoleChanges changes;

    @Inject
    Caller caller;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public String change() {
        caller.require(Role.VIEWER);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(repeated)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The two new passwords differ", null));
            return null;
        }
        try {
            OwnPasswordChange change = validator.check(new OwnPasswordChange(currentPassword, newPassword));
            GatewayUser user = ownPassword.change(caller.identity(), change.currentPassword(), change.newPassword());
            GatewayAuthentication.keepSession((HttpServletRequest) faces.getExternalContext().getRequest(), user);
            changes.record(ACTION, null, null, "own password changed", "200");
        } catch (InvalidRequestException e) {
            changes.record(ACTION, null, null, "own password change", "400 validation: "
                    + String.join(", ", e.errors().keySet()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PeopleConsole.describe(e.errors()), null));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password is changed", null));
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
