package io.tokengateway.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on Jakarta Faces with CDI for the console pages. */
@FacesConfig
@ApplicationScoped
public class FacesActivator {
}
