package io.tokengateway.security.control;

import io.tokengateway.security.entity.Role;

/** A console bean was reached by a caller without the role it needs (the view guard should have refused first). */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(Role needed) {
        super("This needs the role " + needed.id());
    }
}
