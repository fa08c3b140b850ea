package io.tokengateway.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The Log out button on every page: ends the login and the session, back to the login page. */
@Named
@RequestScoped
public class Logout {

    public String logOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession(); // the login lives in the session only (security.control.GatewayAuthentication)
        return "/login.xhtml?faces-redirect=true";
    }
}
