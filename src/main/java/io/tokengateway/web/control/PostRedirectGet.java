package io.tokengateway.web.control;

import jakarta.faces.context.FacesContext;

/**
 * Ends a console change the post–redirect–get way: a change that was done sends the browser to the same page by
 * GET, with what the person was told kept for that page (the flash), so that a reload shows the result and never
 * repeats the change. A change that was not done stays on the posted page, with what was typed and why.
 */
public final class PostRedirectGet {

    private PostRedirectGet() {
    }

    /** The outcome for a Faces action: the current view again by GET when {@code done}, else stay ({@code null}). */
    public static String after(boolean done) {
        return done ? again() : null;
    }

    /** The current view again by GET, with this request's messages kept for it. */
    public static String again() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
