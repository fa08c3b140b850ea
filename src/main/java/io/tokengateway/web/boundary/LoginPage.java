package io.tokengateway.web.boundary;

import io.tokengateway.security.control.FirstAdmin;
import io.tokengateway.security.control.GatewayAuthentication;
import io.tokengateway.security.entity.LoginOutcome;
import io.tokengateway.web.control.ConsoleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The login page: a name and a password, checked by the gateway's authentication; on a first start it says where
 * the generated first password is.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    GatewayAuthentication authentication;

    @Inject
    ConsoleMessages messages;

    @Inject
    FirstAdmin firstAdmin;

    private String name;
    private String password;

    public String login() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LoginOutcome outcome = authentication.logIn(request, name, password);
        if (outcome.succeeded()) {
            return "/index.xhtml?faces-redirect=true";
        }
        messages.error(outcome.lockedUntil().isPresent()
                ? "Too many failed logins: try again after "
                        + DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(outcome.lockedUntil().get())
                : "Wrong name or password");
        return null;
    }

    /** Where the generated first password waits to be changed, or {@code null} when it does not. */
    public String getFirstPasswordFile() {
        return firstAdmin.pendingPasswordFile().map(Object::toString).orElse(null);
    }

    /** The name the first administrator logs in with. */
    public String getFirstAdminName() {
        return FirstAdmin.NAME;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
