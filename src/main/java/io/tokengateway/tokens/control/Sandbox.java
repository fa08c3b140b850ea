package io.tokengateway.tokens.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the {@link UpstreamTransport} that simulates the Millicast API in process, which the gateway uses when no
 * API secret is configured. The component that provides the simulator marks its transport with this, so that
 * {@code tokens} chooses it without knowing its class.
 */
@Qualifier
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
public @interface Sandbox {
}
