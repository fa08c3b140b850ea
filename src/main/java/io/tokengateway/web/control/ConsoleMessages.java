package io.tokengateway.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Tells the person on a console page what happened: the sentences the page's message list shows. */
@ApplicationScoped
public class ConsoleMessages {

    public void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** A problem with one input, shown with the page's messages; {@code clientId} {@code null} for the page. */
    public void error(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /** The messages of this request are shown on the page a redirect leads to (post-redirect-get). */
    public void keepAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
