package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.GatewayDataSource;
import io.tokengateway.platform.control.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * {@code /health/started} and {@code /health/ready}, the database's part: started once the schema is up to date;
 * ready while a connection answers within a second. The answer names no URL, user or driver message.
 */
@ApplicationScoped
public class DatabaseHealth {

    static final String NAME = "database";
    private static final int VALID_WITHIN_SECONDS = 1;

    private volatile String schemaVersion;

    void schemaReady(@Observes SchemaReady ready) {
        schemaVersion = ready.version();
    }

    @Produces
    @Startup
    HealthCheck schemaUpToDate() {
        return () -> {
            String version = schemaVersion;
            return HealthCheckResponse.named("database-schema").status(version != null)
                    .withData("version", version == null ? "migrating" : version).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck reachable() {
        return () -> HealthCheckResponse.named(NAME).status(answers()).build();
    }

    /** Looked up when asked, not injected: Payara creates health checks while the application still deploys. */
    private static boolean answers() {
        try (Connection connection = InitialContext.<DataSource>doLookup(GatewayDataSource.JNDI_NAME).getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS);
        } catch (NamingException | SQLException | RuntimeException e) {
            return false;
        }
    }
}
