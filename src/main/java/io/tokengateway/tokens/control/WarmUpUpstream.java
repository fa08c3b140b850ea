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
 * Marks the {@link UpstreamTransport} that answers the gateway's own warm-up requests before it reports ready: a
 * simulator of the Millicast API in process, holding made-up tokens of its own, apart from the sandbox that callers
 * use when no API secret is configured. The component that provides the simulator marks it with this.
 */
@Qualifier
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
public @interface WarmUpUpstream {
}
