package io.tokengateway.security.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.ViewAccess;
import io.tokengateway.security.entity.ConsoleViews;
import io.tokengateway.security.entity.ViewDecision;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Decides access to every console view on its Faces view id, right after Faces has found the view and before any
 * of its beans load data or run an action, whatever URL spelling reached it. Registered in faces-config.xml.
 */
public class ConsoleViewGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view id is known only after the view is restored or created
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getResponseComplete()) {
            return;
        }
        String viewId = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        Caller caller = CDI.current().select(Caller.class).get();
        ViewDecision decision = ViewAccess.decide(viewId, caller.identity(), caller.mustChangePassword());
        ExternalContext external = faces.getExternalContext();
        try {
            switch (decision) {
                case SHOW -> {
                    return;
                }
                case LOG_IN -> external.redirect(external.getRequestContextPath() + ConsoleViews.LOGIN);
                case CHANGE_PASSWORD -> external.redirect(external.getRequestContextPath() + ConsoleViews.CHANGE_PASSWORD);
                case FORBIDDEN -> external.responseSendError(403, "Forbidden");
                case NOT_FOUND -> external.responseSendError(404, "Not Found");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
