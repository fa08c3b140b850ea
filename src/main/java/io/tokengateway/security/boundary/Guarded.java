package io.tokengateway.security.boundary;

import io.tokengateway.security.entity.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a JAX-RS resource method, and, for a change, the audit action it records. A method without it
 * is refused to everybody: access is closed unless declared.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guarded {

    /** The least role that may call. */
    Role value();

    /** The audit action of a change (e.g. {@code token.create}); empty for reads, which are neither audited nor rate-limited. */
    String change() default "";

    /**
     * Whether the change counts against the caller's rate limit: token changes do, since they spend the account's
     * upstream calls; local administration does not.
     */
    boolean limited() default false;
}
