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

    /** The audit action of a change (e.g. {@code token.create}); empty for reads, which are not audited. */
    String change() default "";

    /**
     * Whether the call counts against the caller's rate limit (of changes, or of reads for a route without
     * {@link #change()}): token calls do, since they spend the account's upstream calls; local administration does not.
     * A call that causes several upstream calls spends a permit for each further one itself.
     */
    boolean limited() default false;
}
